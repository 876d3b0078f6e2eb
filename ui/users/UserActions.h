#pragma once

#include "DirectoryUser.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class BulkJob;
class Connection;
class JobLauncher;
class QAction;
class QIcon;
class QMenu;
class QWidget;

// The help-desk verbs on the people selected in the users table, as QActions enabled only when
// they apply to at least one of them: suspend, restore, remove from directory, deactivate,
// re-enable, delete, cancel deletion (bulk jobs), and for one person change e-mail, edit the
// profile, and list or revoke their API tokens. Each asks first (ConfirmDialog) and runs as a
// job in the jobs view.
class UserActions : public QObject
{
    Q_OBJECT

public:
    UserActions(Connection *connection, QWidget *area);

    void setSelection(const QList<DirectoryUser> &people);
    const QList<DirectoryUser> &selection() const { return m_people; }
    // The directory the table shows: directory routes act there ("-": wherever they are).
    void setDirectory(const QString &directoryId) { m_directoryId = directoryId; }

    // By operation key (UserOperations), or "email", "profile", "tokens".
    QAction *action(const QString &key) const { return m_actions.value(key); }
    QList<QAction *> verbActions() const;
    void addTo(QMenu *menu) const;

    // Asks, then starts the verb on the selection (as a job); nothing when none is eligible.
    void run(const QString &operationKey);

Q_SIGNALS:
    void jobStarted(BulkJob *job);
    // A job or a single change from here has finished: the table may be out of date.
    void changed();

private:
    QAction *addAction(const QString &key, const QString &text, const QIcon &icon);
    void update();
    void start(const QString &operationKey, const QString &reason);
    QString question(const QString &operationKey, int count) const;
    void editProfile();
    void changeEmail();
    void showTokens();

    QPointer<Connection> m_connection;
    QWidget *m_area;
    JobLauncher *m_launcher;
    QString m_directoryId = QStringLiteral("-");
    QList<DirectoryUser> m_people;
    QHash<QString, QAction *> m_actions;
};
