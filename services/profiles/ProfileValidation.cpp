#include "ProfileValidation.h"

#include "ApiClient.h"

#include <QRegularExpression>

namespace {

const QRegularExpression &uuidPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

} // namespace

QString ProfileValidation::extractOrgId(const QString &input)
{
    const QString text = input.trimmed();
    static const QRegularExpression exact(
        QRegularExpression::anchoredPattern(uuidPattern().pattern()),
        QRegularExpression::CaseInsensitiveOption);
    if (exact.match(text).hasMatch())
        return text.toLower();
    // An address copied from the browser: the id follows "/o/".
    static const QRegularExpression inAddress(
        QStringLiteral("/o/(%1)(?:[/?#]|$)").arg(uuidPattern().pattern()),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = inAddress.match(text);
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}

QString ProfileValidation::nameProblem(const QString &name, const QString &ownId,
                                       const QList<Profile> &existing)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Give the profile a name, for example the organization's name.");
    for (const Profile &profile : existing) {
        if (profile.id != ownId && profile.name.compare(trimmed, Qt::CaseInsensitive) == 0)
            return tr("A profile named \"%1\" already exists. Choose another name.").arg(trimmed);
    }
    return QString();
}

QString ProfileValidation::orgIdProblem(const QString &input)
{
    if (input.trimmed().isEmpty())
        return tr("Enter the organization id. It is the part after /o/ in the address of "
                  "Atlassian Administration (admin.atlassian.com/o/<org id>/overview).");
    if (extractOrgId(input).isEmpty())
        return tr("\"%1\" is not an organization id. An org id looks like "
                  "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d; copy it from the address of "
                  "Atlassian Administration, after /o/.")
            .arg(input.trimmed());
    return QString();
}

QString ProfileValidation::baseUrlProblem(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("Enter the API address, normally https://api.atlassian.com.");
    if (!ApiClient::isAllowedBaseUrl(url)) {
        if (url.scheme() == QLatin1String("http"))
            return tr("Orgdesk sends the API key only over https://. Plain http:// is allowed "
                      "only for this computer (localhost), such as a local sandbox.");
        return tr("The API address must start with https://.");
    }
    return QString();
}

QString ProfileValidation::keyProblem(const QString &key)
{
    const QString trimmed = key.trimmed();
    if (trimmed.isEmpty())
        return tr("Paste the admin API key. Create one in Atlassian Administration under "
                  "Settings > API keys; it is shown only once.");
    for (const QChar c : trimmed) {
        if (c.isSpace())
            return tr("The API key contains spaces or line breaks; paste it again as one piece.");
    }
    return QString();
}

QString ProfileValidation::expiryProblem(const QDate &expiry, const QDate &today)
{
    if (!expiry.isValid())
        return tr("Enter the date the key expires. Atlassian Administration shows it next to "
                  "the key under Settings > API keys.");
    if (expiry < today)
        return tr("That date has passed: the key expired on %1. Create a new key in Atlassian "
                  "Administration and use it here.")
            .arg(QLocale().toString(expiry, QLocale::LongFormat));
    if (expiry > today.addYears(1))
        return tr("Admin API keys last at most one year; check the expiry date (%1 is more than "
                  "a year away).")
            .arg(QLocale().toString(expiry, QLocale::LongFormat));
    return QString();
}
