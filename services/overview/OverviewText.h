#pragma once

#include "OverviewFigure.h"

#include <QCoreApplication>
#include <QString>

// The Overview's words, for the window's tiles and the CLI's table alike: each tile's title,
// the one line that says what its figure means, and why it has none.
class OverviewText
{
    Q_DECLARE_TR_FUNCTIONS(OverviewText)

public:
    static QString title(Overview::Tile tile);
    // The big number as shown: "1,234"; "–" when there is none.
    static QString value(const OverviewFigure &figure);
    // One line in words: "1,950 active · 50 deactivated", "3 expiring within 30 days · …".
    static QString summary(Overview::Tile tile, const OverviewFigure &figure);
    // While loading: "Loading…", or how far a count over every row is.
    static QString loading(Overview::Tile tile, const OverviewFigure &figure);
    // Why the tile has no figure: "This key cannot read the admin API keys." or the error.
    static QString failure(Overview::Tile tile, const OverviewFigure &figure);
    // The tile's text in its state: summary, loading or failure.
    static QString line(Overview::Tile tile, const OverviewFigure &figure);
    // A part's name for people: "suspended", "unused for 90 days", a directory's name.
    static QString partName(Overview::Tile tile, const OverviewFigure::Part &part);

private:
    static QString whatTheTileReads(Overview::Tile tile);
};
