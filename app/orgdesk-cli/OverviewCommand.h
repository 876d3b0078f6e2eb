#pragma once

#include <QStringList>

// `orgdesk-cli overview`: the Overview's figures, tile by tile (for a morning report by cron).
int runOverviewCommand(const QStringList &arguments);
