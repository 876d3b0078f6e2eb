#pragma once

#include "DirectoryUser.h"
#include "RequestScope.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class ApiClient;
class QLabel;

// More of a person, loaded when they are shown (after a short pause, like the last-active
// dates): their groups, and for a managed account what the User management API allows on
// them (GET /users/{id}/manage): deactivate, delete, change e-mail, edit the profile (with
// the fields it may not change), API tokens; each refusal with its reason in words.
class PersonAccessView : public QWidget
{
    Q_OBJECT

public:
    PersonAccessView(QWidget *parent = nullptr);

    void setClient(ApiClient *client, const QString &orgId);
    void load(const DirectoryUser &person);
    void clear();

    QString groupsText() const;
    QString manageText() const;

Q_SIGNALS:
    void loaded(); // both parts are in (or failed)

private:
    void request();
    void finishedOne();

    QPointer<ApiClient> m_client;
    QString m_orgId;
    DirectoryUser m_person;
    QTimer m_delay;
    RequestScope m_request{this}; // the person shown's: late answers never land
    int m_pending = 0;
    QLabel *m_groups;
    QLabel *m_manageTitle;
    QLabel *m_manage;
};
