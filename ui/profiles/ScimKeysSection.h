#pragma once

#include "ScimKeyring.h"

#include <QGroupBox>
#include <QMessageBox>
#include <QPointer>
#include <QUrl>

class ProfileManager;
class QLabel;
class QListWidget;
class QPushButton;
class ScimKeyTest;

// The SCIM directory keys of one profile, in the Profiles dialog: which directories have a key,
// and adding, replacing, testing and removing one. Removing asks first.
class ScimKeysSection : public QGroupBox
{
    Q_OBJECT

public:
    explicit ScimKeysSection(ProfileManager *profiles, QWidget *parent = nullptr);

    // The profile whose keys are shown (empty: none, the section is disabled).
    void setProfile(const QString &profileId);
    void setSandboxKeys(const QList<ScimDirectoryKeyHint> &keys) { m_sandboxKeys = keys; }

    QListWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *replaceButton() const { return m_replace; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *removeButton() const { return m_remove; }
    QString resultText() const;
    QMessageBox *pendingQuestion() const { return m_question; }

    void addKey();
    void replaceSelected();
    void testSelected();
    void removeSelected();

private:
    void reload();
    void updateButtons();
    QString selectedDirectoryId() const;
    void showResult(const QString &text, bool isError);

    ProfileManager *m_profiles;
    QString m_profileId;
    QUrl m_baseUrl;
    QList<ScimDirectoryKeyHint> m_sandboxKeys;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_replace;
    QPushButton *m_test;
    QPushButton *m_remove;
    QLabel *m_result;
    QPointer<ScimKeyTest> m_running;
    QPointer<QMessageBox> m_question;
};
