#pragma once

#include <QColor>
#include <QPalette>

// The colours that say how something stands (failed, needs attention, fine, in progress, gone),
// in one place for every area. Each role has a light-theme and a dark-theme variant, chosen from
// the palette's window colour, so the text stays readable (at least 3:1 against the window and
// the table's base) whichever palette is on. Ask again after a palette change: nothing is cached.
//
// Data colours (a classification level's own colour) are not status colours and stay as they are.
namespace StatusColors {

enum class Role {
    Danger,  // failed, high risk, missing: red
    Warning, // needs attention soon, draft, in progress on the server: amber
    Ok,      // done, applied, verified: green
    Info,    // scheduled, informational: blue
    Muted,   // gone, archived, expired: grey
};

// A soft box around text (a banner, a chip, a highlighted span): its background, its border and
// the text on it.
struct Tint
{
    QColor background;
    QColor border;
    QColor text;
};

// Whether the palette is a dark one (a dark window colour).
bool isDark(const QPalette &palette);
bool isDark(); // the application's palette

// Text or a mark in the role's colour, on the palette's window or base.
QColor color(Role role, const QPalette &palette);
QColor color(Role role); // on the application's palette

// A colour kept from before a palette change, as it should look now: a status colour of either
// variant becomes its role's colour on the application's palette; any other colour stays.
QColor refreshed(const QColor &color);

// Short forms, on the application's palette.
inline QColor danger()
{
    return color(Role::Danger);
}
inline QColor warning()
{
    return color(Role::Warning);
}
inline QColor ok()
{
    return color(Role::Ok);
}
inline QColor info()
{
    return color(Role::Info);
}
inline QColor muted()
{
    return color(Role::Muted);
}

Tint tint(Role role, const QPalette &palette);
Tint tint(Role role);

// A filled badge or banner that must stand out (an expired key, the sandbox badge): a strong
// fill with text chosen for it, the same on every palette.
Tint solid(Role role);

// WCAG contrast ratio of two colours, 1..21 (for tests and for choosing text on a fill).
double contrast(const QColor &a, const QColor &b);

} // namespace StatusColors
