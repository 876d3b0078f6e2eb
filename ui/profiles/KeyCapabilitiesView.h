#pragma once

#include "KeyProbe.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

// Which areas of the admin APIs a key reaches, one line per area; the areas it cannot reach say
// why and what key to create instead.
class KeyCapabilitiesView : public QWidget
{
    Q_OBJECT

public:
    explicit KeyCapabilitiesView(QWidget *parent = nullptr);

    void showProbing();
    void setCapabilities(const KeyCapabilities &capabilities);
    KeyCapabilities capabilities() const { return m_capabilities; }
    QString summary() const;
    QTreeWidget *list() const { return m_list; }

    static QString summaryFor(const KeyCapabilities &capabilities);
    static QString statusText(AreaAccess::Status status);

private:
    KeyCapabilities m_capabilities;
    QLabel *m_summary;
    QTreeWidget *m_list;
};
