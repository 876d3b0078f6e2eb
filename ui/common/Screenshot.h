#pragma once

#include <QString>

class MainWindow;

// For `orgdesk --sandbox --screenshot FILE` (the README's picture): once the first page is in,
// picks a person, waits for their details, saves the window to FILE and quits. With
// `--select-user EMAIL` it picks that person (on the first page) and shows their roles.
namespace Screenshot {
void takeWhenReady(MainWindow *window, const QString &path, const QString &selectEmail = {});
}
