#include "Theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace Theme {

namespace {

Mode s_current = Mode::System;

QString &systemStyleName()
{
    static QString name;
    return name;
}

void noteSystemStyle()
{
    if (systemStyleName().isEmpty() && QApplication::style())
        systemStyleName() = QApplication::style()->name();
}

} // namespace

Mode fromKey(const QString &key)
{
    if (key == QLatin1String("light"))
        return Mode::Light;
    if (key == QLatin1String("dark"))
        return Mode::Dark;
    return Mode::System;
}

QString toKey(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

void apply(Mode mode)
{
    noteSystemStyle();
    s_current = mode;
    if (mode == Mode::System) {
        if (QStyle *style = QStyleFactory::create(systemStyleName()))
            QApplication::setStyle(style);
        // An empty palette is the platform's own (its theme's colours).
        QApplication::setPalette(QPalette());
        return;
    }
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(mode == Mode::Dark ? darkPalette() : lightPalette());
}

Mode current()
{
    return s_current;
}

QPalette lightPalette()
{
    QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    const QPalette palette = fusion->standardPalette();
    delete fusion;
    return palette;
}

QPalette darkPalette()
{
    const QColor window(0x2d, 0x2f, 0x33);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x7a, 0x7a, 0x7a);
    QPalette palette(text, window, QColor(0x4a, 0x4d, 0x52), QColor(0x1a, 0x1b, 0x1e),
                     QColor(0x2a, 0x2c, 0x30), text, QColor(0xff, 0xff, 0xff), base, window);
    palette.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8c, 0x8c));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb4));
    palette.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    palette.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    palette.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    palette.setColor(QPalette::Midlight, QColor(0x3e, 0x41, 0x46));
    palette.setColor(QPalette::Shadow, QColor(0x00, 0x00, 0x00));
    for (QPalette::ColorRole role :
         {QPalette::Text, QPalette::WindowText, QPalette::ButtonText, QPalette::PlaceholderText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4d, 0x52));
    palette.setColor(QPalette::Disabled, QPalette::Base, window);
    return palette;
}

} // namespace Theme
