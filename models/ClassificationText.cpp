#include "ClassificationText.h"

#include <QPainter>
#include <QPixmap>

namespace {

struct PaletteEntry
{
    const char *key;
    const char *words;
    QRgb rgb;
};

// The colours of Atlassian's design tokens for each classification colour.
constexpr PaletteEntry paletteEntries[] = {
    {"RED", QT_TRANSLATE_NOOP("ClassificationText", "Red"), 0xe2483d},
    {"RED_BOLD", QT_TRANSLATE_NOOP("ClassificationText", "Red (bold)"), 0xae2e24},
    {"ORANGE", QT_TRANSLATE_NOOP("ClassificationText", "Orange"), 0xfca700},
    {"YELLOW", QT_TRANSLATE_NOOP("ClassificationText", "Yellow"), 0xeed12b},
    {"LIME", QT_TRANSLATE_NOOP("ClassificationText", "Lime"), 0x82b536},
    {"GREEN", QT_TRANSLATE_NOOP("ClassificationText", "Green"), 0x22a06b},
    {"TEAL", QT_TRANSLATE_NOOP("ClassificationText", "Teal"), 0x2898bd},
    {"BLUE", QT_TRANSLATE_NOOP("ClassificationText", "Blue"), 0x1d7afc},
    {"NAVY", QT_TRANSLATE_NOOP("ClassificationText", "Navy"), 0x0c4a8c},
    {"PURPLE", QT_TRANSLATE_NOOP("ClassificationText", "Purple"), 0x8f7ee7},
    {"GREY", QT_TRANSLATE_NOOP("ClassificationText", "Grey"), 0x8590a2},
};

const PaletteEntry *entry(const QString &color)
{
    for (const PaletteEntry &e : paletteEntries) {
        if (color.compare(QLatin1String(e.key), Qt::CaseInsensitive) == 0)
            return &e;
    }
    return nullptr;
}

} // namespace

QString ClassificationText::status(const ClassificationLevel &level)
{
    switch (level.status) {
    case ClassificationLevel::Status::Draft:
        return tr("Draft");
    case ClassificationLevel::Status::Published:
        return tr("Published");
    case ClassificationLevel::Status::Archived:
        return tr("Archived");
    case ClassificationLevel::Status::Unknown:
        break;
    }
    return level.statusText.isEmpty() ? tr("Unknown") : level.statusText;
}

QString ClassificationText::colorName(const QString &color)
{
    const PaletteEntry *e = entry(color);
    return e ? tr(e->words) : color;
}

QColor ClassificationText::colorValue(const QString &color)
{
    const PaletteEntry *e = entry(color);
    return e ? QColor::fromRgb(e->rgb) : QColor(0x80, 0x80, 0x80);
}

QIcon ClassificationText::swatch(const QString &color, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(colorValue(color).darker(130));
    painter.setBrush(colorValue(color));
    painter.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), 3, 3);
    painter.end();
    QIcon icon;
    icon.addPixmap(pixmap, QIcon::Normal);
    icon.addPixmap(pixmap, QIcon::Selected); // the colour stays true on a picked row
    return icon;
}
