#pragma once

#include <QCoreApplication>
#include <QIcon>
#include <QList>
#include <QString>

#include <functional>

class AreaPane;
class Connection;
class QWidget;

// The areas the sidebar offers, in order. Adding an area is one line in Areas.cpp.
struct AreaDefinition
{
    QString key;
    QString title;
    QIcon icon;
    std::function<AreaPane *(Connection *connection, QWidget *parent)> create;
};

class Areas
{
    Q_DECLARE_TR_FUNCTIONS(Areas)

public:
    static QList<AreaDefinition> all();
    static QString defaultArea();
};
