#pragma once

#include "FormDialog.h"
#include "Group.h"

class GroupService;
class OrgService;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

// "New group…": a name (required, at most 255 characters, not taken), a description and, when
// the window shows every directory, the directory to create it in. The server answers without
// the new group, so the dialog looks it up by name before it closes; created() carries it.
class NewGroupDialog : public FormDialog
{
    Q_OBJECT

public:
    static constexpr int maxNameLength = 255;

    NewGroupDialog(const GroupService *service, const OrgService *orgs, const QString &directoryId,
                   QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    QPlainTextEdit *descriptionField() const { return m_description; }
    QComboBox *directoryBox() const { return m_directories; } // shown for "-" only
    QString directoryId() const;                              // where the group is created

Q_SIGNALS:
    void created(const Group &group);

protected:
    QString validate() override;
    void apply() override;

private:
    const GroupService *m_service;
    QString m_directoryId;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QComboBox *m_directories;
};
