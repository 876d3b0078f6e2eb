#pragma once

#include "ApiClient.h"

#include <QDockWidget>
#include <QPointer>

class ApiActivityModel;
class QLabel;
class QPushButton;
class QTableView;

// The API activity view: every call the connection made (time, method, path, status,
// duration, attempt, outcome; the key never shown) with "Copy as curl", where the key is
// written as $ORGDESK_API_KEY.
class ApiActivityDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit ApiActivityDock(QWidget *parent = nullptr);

    void setClient(ApiClient *client); // nullptr: empty
    ApiActivityModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *copyButton() const { return m_copy; }
    // The current row's call as curl (what "Copy as curl" puts on the clipboard).
    QString currentCurl() const;
    void copyCurrentAsCurl();

private:
    ApiActivityModel *m_model;
    QTableView *m_view;
    QPushButton *m_copy;
    QLabel *m_count;
    QPointer<ApiClient> m_client;
};
