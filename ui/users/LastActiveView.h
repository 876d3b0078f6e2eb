#pragma once

#include "DirectoryUser.h"
#include "RequestScope.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class ApiError;
class ApiReply;
class QGridLayout;
class QLabel;
class QPushButton;
class UserService;

// When a person was last active in each product, from last-active-dates: loaded when a person
// is shown, with "Loading…" until the answer is in and the error in words if it fails.
class LastActiveView : public QWidget
{
    Q_OBJECT

public:
    explicit LastActiveView(QWidget *parent = nullptr);

    void setService(const UserService *service) { m_service = service; }
    // Shows "Loading…" and asks (after a short pause, so that running down the table with the
    // arrow keys does not send a call per row). Any earlier answer still due is dropped.
    void load(const QString &accountId);
    void clear();

Q_SIGNALS:
    void loaded();

private:
    void request();
    void dropRequest();
    void clearRows();
    void showState(const QString &text, bool retry);
    void showDates(const LastActiveDates &dates);
    void showError(const ApiError &error);

    const UserService *m_service = nullptr;
    QString m_accountId;
    QTimer m_delay;
    RequestScope m_request{this};
    QPointer<ApiReply> m_reply;
    QGridLayout *m_grid;
    QLabel *m_state;
    QPushButton *m_retry;
    QList<QWidget *> m_rows;
};
