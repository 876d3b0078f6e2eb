#include "AppSetup.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("Orgdesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("Orgdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ORGDESK_VERSION));
}

void installTranslations(QCoreApplication *app)
{
    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(app);
    if (translator->load(QLocale(), QStringLiteral("orgdesk"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}
