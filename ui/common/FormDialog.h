#pragma once

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QFrame;
class QLabel;
class QPushButton;
class QVBoxLayout;

// The shape every edit dialog shares: load the fields, validate them, apply (usually a call to
// the server), and show a refusal in place. While applying, the fields are disabled and a line
// says what is happening; the dialog stays open until the subclass calls finishApplying().
// Open it with open() or show(), never exec(): no nested event loops.
class FormDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FormDialog(QWidget *parent = nullptr);

    bool isApplying() const { return m_applying; }
    QString problemText() const;
    QString statusText() const;
    QPushButton *applyButton() const { return m_apply; }
    // The button next to a problem that offers a way out (empty text: none).
    QPushButton *problemActionButton() const { return m_problemAction; }

    // Validates, then applies: the apply button and Enter both come here.
    void accept() override;

Q_SIGNALS:
    void problemActionClicked();

protected:
    QFormLayout *form() const { return m_form; }
    // Space under the form for widgets of the subclass's own (a results list, say).
    QVBoxLayout *extraArea() const { return m_extra; }
    void setApplyText(const QString &text);

    // The first problem with the fields, in words (focus the field concerned); empty when none.
    virtual QString validate() = 0;
    // Starts applying; the subclass ends with finishApplying() or succeed().
    virtual void apply() = 0;

    void setApplying(const QString &status);
    // Back to editing, with the problem shown (and a way out, when actionText is given).
    void finishApplying(const QString &problem, const QString &actionText = QString());
    // Done: closes the dialog as accepted.
    void succeed();
    void showProblem(const QString &problem, const QString &actionText = QString());
    void clearProblem();
    void showEvent(QShowEvent *event) override;

private:
    void growToFit();

    QFormLayout *m_form;
    QVBoxLayout *m_extra;
    QWidget *m_fields;
    QLabel *m_status;
    QFrame *m_problemBox;
    QLabel *m_problem;
    QPushButton *m_problemAction;
    QDialogButtonBox *m_buttons;
    QPushButton *m_apply;
    bool m_applying = false;
};
