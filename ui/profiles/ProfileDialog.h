#pragma once

#include "KeyExpiry.h"
#include "ScimKeyring.h"

#include <QDialog>
#include <QMessageBox>
#include <QPointer>

#include <functional>

class ApiClient;
class KeyCapabilitiesView;
class ProfileManager;
class QLabel;
class QListWidget;
class QPushButton;
class ScimKeysSection;

// The profiles, managed: add one (an organization or the sandbox), edit one (rename, rotate the
// key), test one (is the key accepted, which areas it reaches), remove one (its keychain entries
// go too); and the SCIM directory keys of the profile picked. Opens non-modally; every
// confirmation is a window-modal box opened with open().
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProfileDialog(ProfileManager *profiles, QWidget *parent = nullptr);

    void setClock(KeyExpiry::Clock clock) { m_clock = std::move(clock); }
    void selectProfile(const QString &profileId);
    QString selectedProfileId() const;

    QListWidget *list() const { return m_list; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *editButton() const { return m_edit; }
    QString resultText() const;
    KeyCapabilitiesView *capabilitiesView() const { return m_capabilities; }
    ScimKeysSection *scimKeys() const { return m_scimKeys; }
    // The running sandbox's SCIM directories and keys, offered when the sandbox profile gets one.
    void setSandboxScimKeys(const QList<ScimDirectoryKeyHint> &keys);
    // The open confirmation, if any (tests answer it).
    QMessageBox *pendingQuestion() const { return m_question; }

    void testSelected();
    void removeSelected();
    void editSelected();
    void addOrganization();

Q_SIGNALS:
    void sandboxProfileRequested();
    void openRequested(const QString &profileId);

private:
    void reload();
    void updateButtons();
    void showResult(const QString &text, bool isError);
    void removeProfile(const QString &profileId, bool force);
    void ask(const QString &text, const QString &yesText, std::function<void()> onYes);

    ProfileManager *m_profiles;
    KeyExpiry::Clock m_clock = KeyExpiry::systemClock();
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_addSandbox;
    QPushButton *m_edit;
    QPushButton *m_test;
    QPushButton *m_remove;
    QPushButton *m_open;
    QLabel *m_result;
    KeyCapabilitiesView *m_capabilities;
    ScimKeysSection *m_scimKeys;
    QPointer<ApiClient> m_testClient;
    QPointer<QMessageBox> m_question;
};
