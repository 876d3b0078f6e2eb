#pragma once

#include <QString>
#include <QWidget>

struct AreaLink;

// One area of the window (Users, Groups, Domains...): what the centre of the window shows when
// the area is picked in the sidebar. A pane lives as long as the connection it was made for.
class AreaPane : public QWidget
{
    Q_OBJECT

public:
    explicit AreaPane(QWidget *parent = nullptr) : QWidget(parent) {}

    // The directory the area looks at ("-": every directory in the organization).
    virtual void setScope(const QString &directoryId) = 0;
    // Loads everything again (F5).
    virtual void refresh() = 0;
    // Shows what another area asked this one to show (its filters, an item to pick).
    virtual void open(const AreaLink &) {}

Q_SIGNALS:
    // The area's first data is on screen (its first page, or its error).
    void ready();
    // Another area should show this; the main window opens it.
    void openRequested(const AreaLink &link);
};
