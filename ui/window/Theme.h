#pragma once

#include <QPalette>
#include <QString>

// The window's look: the desktop's own style and palette (System), or Qt's Fusion style with a
// light or a dark palette of Orgdesk's. One place sets the application palette; status colours
// (StatusColors) follow whichever palette is on.
namespace Theme {

enum class Mode { System, Light, Dark };

// "system", "light", "dark": the words kept in the settings file (unknown words: System).
Mode fromKey(const QString &key);
QString toKey(Mode mode);

// Sets the application's style and palette. The first call notes the platform's style, so that
// System can bring it back later.
void apply(Mode mode);
Mode current();

QPalette lightPalette();
QPalette darkPalette();

} // namespace Theme
