#pragma once

#include "ApiToken.h"
#include "DirectoryUser.h"

#include <QDialog>
#include <QPointer>

class Connection;
class JobLauncher;
class QLabel;
class QPushButton;
class QTreeWidget;

// One person's API tokens (User management): label, created, last used, expiry; revoke the
// checked ones, after a typed confirmation, as a job in the jobs view.
class PersonTokensDialog : public QDialog
{
    Q_OBJECT

public:
    PersonTokensDialog(Connection *connection, const DirectoryUser &person, JobLauncher *launcher,
                       QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QPushButton *revokeButton() const { return m_revoke; }
    bool isLoaded() const { return m_loaded; }
    void reload();

Q_SIGNALS:
    void loaded();

private:
    void show(const QList<ApiToken> &tokens);
    void revokeChecked();
    void updateButton();

    QPointer<Connection> m_connection;
    DirectoryUser m_person;
    JobLauncher *m_launcher;
    QLabel *m_status;
    QTreeWidget *m_list;
    QPushButton *m_revoke;
    bool m_loaded = false;
};
