#pragma once

#include <QString>

// Reads the first line of standard input. When standard input is a terminal, asks for it on
// stderr with `prompt` and turns echo off while it is typed, so a key never shows on screen.
QString readSecretLine(const QString &prompt);
