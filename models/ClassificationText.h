#pragma once

#include "ClassificationLevel.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>

// The words and colours people see for classification levels.
class ClassificationText
{
    Q_DECLARE_TR_FUNCTIONS(ClassificationText)

public:
    static QString status(const ClassificationLevel &level); // "Draft", "Published", "Archived"
    // The colour's name in words ("Red (bold)") and its swatch colour; an unknown name shows as
    // it is, grey.
    static QString colorName(const QString &color);
    static QColor colorValue(const QString &color);
    static QIcon swatch(const QString &color, int size = 14);
};
