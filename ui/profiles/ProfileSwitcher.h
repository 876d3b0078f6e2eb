#pragma once

#include <QWidget>

class ProfileManager;
class QListWidget;
class QToolButton;

// The profiles at the top of the sidebar: click one to switch organization without restarting;
// add one, or manage them (edit, rotate a key, test, remove).
class ProfileSwitcher : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileSwitcher(ProfileManager *profiles, QWidget *parent = nullptr);

    void setCurrentProfile(const QString &profileId);
    QString currentProfile() const { return m_current; }
    QListWidget *list() const { return m_list; }
    QStringList profileNames() const;

Q_SIGNALS:
    void profilePicked(const QString &profileId);
    void addRequested();
    void manageRequested();

private:
    void reload();

    ProfileManager *m_profiles;
    QListWidget *m_list;
    QToolButton *m_add;
    QToolButton *m_manage;
    QString m_current;
};
