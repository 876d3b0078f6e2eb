#include "StatusColors.h"

#include <QGuiApplication>

#include <algorithm>
#include <cmath>

namespace StatusColors {

namespace {

struct Variant
{
    QRgb light;
    QRgb dark;
};

// Chosen for at least 4.4:1 on Fusion's light window (#efefef) and on the dark palette's
// window (ui/window/Theme), and more on the tables' base colours.
Variant textColors(Role role)
{
    switch (role) {
    case Role::Danger:
        return {0xc62828, 0xff8a80};
    case Role::Warning:
        return {0xa35600, 0xf2b45c};
    case Role::Ok:
        return {0x1e7a3c, 0x73d18f};
    case Role::Info:
        return {0x0b5cc7, 0x8ab4f8};
    case Role::Muted:
        return {0x6e6e6e, 0xa3a3a3};
    }
    return {0x000000, 0xffffff};
}

// Soft backgrounds and borders: pale on a light palette, deep and muted on a dark one.
Tint tintColors(Role role, bool dark)
{
    switch (role) {
    case Role::Danger:
        return dark ? Tint{QColor(0x4a2523), QColor(0x8c3b35), QColor(0xffd7d2)}
                    : Tint{QColor(0xfdecea), QColor(0xe0a39d), QColor(0x5f1d17)};
    case Role::Warning:
        return dark ? Tint{QColor(0x45371a), QColor(0x8a6a2a), QColor(0xffe3b0)}
                    : Tint{QColor(0xfff3d6), QColor(0xe6c173), QColor(0x4d3200)};
    case Role::Ok:
        return dark ? Tint{QColor(0x1f3b2a), QColor(0x3f7a55), QColor(0xc8f0d4)}
                    : Tint{QColor(0xe6f4ea), QColor(0x9fd0ae), QColor(0x123d20)};
    case Role::Info:
        return dark ? Tint{QColor(0x1e3150), QColor(0x3e5f93), QColor(0xd2e3fc)}
                    : Tint{QColor(0xe8f0fe), QColor(0xa8c1f0), QColor(0x0b2a5b)};
    case Role::Muted:
        return dark ? Tint{QColor(0x35373b), QColor(0x5a5d63), QColor(0xe0e0e0)}
                    : Tint{QColor(0xf1f1f1), QColor(0xcccccc), QColor(0x2b2b2b)};
    }
    return {};
}

double luminance(const QColor &color)
{
    auto channel = [](double value) {
        return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

bool isDark()
{
    return isDark(QGuiApplication::palette());
}

QColor color(Role role, const QPalette &palette)
{
    const Variant variant = textColors(role);
    return QColor(isDark(palette) ? variant.dark : variant.light);
}

QColor color(Role role)
{
    return color(role, QGuiApplication::palette());
}

QColor refreshed(const QColor &kept)
{
    for (Role role : {Role::Danger, Role::Warning, Role::Ok, Role::Info, Role::Muted}) {
        const Variant variant = textColors(role);
        if (kept.rgb() == QColor(variant.light).rgb() || kept.rgb() == QColor(variant.dark).rgb())
            return color(role);
    }
    return kept;
}

Tint tint(Role role, const QPalette &palette)
{
    return tintColors(role, isDark(palette));
}

Tint tint(Role role)
{
    return tint(role, QGuiApplication::palette());
}

Tint solid(Role role)
{
    switch (role) {
    case Role::Danger:
        return {QColor(0xb3261e), QColor(0x8c1d18), QColor(0xffffff)};
    case Role::Warning:
        return {QColor(0xe8a317), QColor(0xc4870f), QColor(0x1a1a1a)};
    case Role::Ok:
        return {QColor(0x2e7d32), QColor(0x1b5e20), QColor(0xffffff)};
    case Role::Info:
        return {QColor(0x1a62c9), QColor(0x1552a8), QColor(0xffffff)};
    case Role::Muted:
        return {QColor(0x6b6b6b), QColor(0x555555), QColor(0xffffff)};
    }
    return {};
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace StatusColors
