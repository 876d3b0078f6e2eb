#pragma once

#include "FormDialog.h"
#include "Policy.h"

class PolicyService;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Creates or edits an IP allowlist (rules: one CIDR range per line, each checked as it is typed;
// bad lines are marked and the save button waits, saying why) or a data-residency policy (one
// realm). Saving answers 202: the policy then applies to its resources, which the pane watches.
class PolicyEditDialog : public FormDialog
{
    Q_OBJECT

public:
    // A new policy when `policy.id` is empty (its type says which kind).
    PolicyEditDialog(const PolicyService *service, const Policy &policy, QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    QPlainTextEdit *rulesEditor() const { return m_rules; } // IP allowlists
    QComboBox *realmBox() const { return m_realm; }         // data residency
    QString ruleProblemText() const;                        // the live check's words
    QStringList ranges() const;                             // the valid ranges typed

Q_SIGNALS:
    void saved(const Policy &policy); // the server accepted it (202)

protected:
    QString validate() override;
    void apply() override;

private:
    void checkRules();

    const PolicyService *m_service;
    Policy m_policy;
    QLineEdit *m_name;
    QCheckBox *m_enabled;
    QPlainTextEdit *m_rules = nullptr;
    QComboBox *m_realm = nullptr;
    QLabel *m_ruleProblem = nullptr;
    QString m_ruleProblemText;
};
