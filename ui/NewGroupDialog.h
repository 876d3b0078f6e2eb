#pragma once

#include "FormDialog.h"
#include "Group.h"

class GroupService;
class QLineEdit;
class QPlainTextEdit;

// "New group…": a name (required, at most 255 characters, not taken) and a description. The
// server answers without the new group, so the dialog looks it up by name before it closes;
// created() then carries the group.
class NewGroupDialog : public FormDialog
{
    Q_OBJECT

public:
    static constexpr int maxNameLength = 255;

    NewGroupDialog(const GroupService *service, const QString &directoryId,
                   QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    QPlainTextEdit *descriptionField() const { return m_description; }

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
};
