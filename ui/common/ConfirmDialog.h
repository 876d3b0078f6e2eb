#pragma once

#include <QDialog>
#include <QStringList>

#include <functional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// What a confirmation asks. The caller writes the question with the count in it (plural forms
// belong to the translation), and names the items; the dialog lists the first few names.
struct ConfirmRequest
{
    QString action;    // the verb, on the title and the button: "Suspend access"
    QString question;  // "Suspend access for 20 people?"
    QStringList names; // what a person recognizes of each item, in order (may be all of them)
    int count = 0;     // how many items in all (names may hold fewer)
    QString details;   // more words under the names ("3 are already suspended: skipped")

    // Irreversible: the confirm button waits until `typeToConfirm` is typed (by default the
    // count, e.g. "20"), and the dialog says that it cannot be undone.
    bool irreversible = false;
    QString typeToConfirm;
    // Said above the typed word instead of "This cannot be undone." (for a change that can be
    // undone but is grave enough to type a word for, such as making someone an org admin).
    QString warning;

    enum class Reason { None, Optional, Required };
    Reason reason = Reason::None;
    QString reasonNote;       // under the reason field: "Shown to the person as the message."
    bool destructive = false; // the confirm button looks dangerous (red text)
};

// A confirmation scaled to what is at stake: the action, the count and the first names; for
// irreversible actions the count or a word to type; an optional reason for the history. Never
// exec()'d: open it with ask(), which reports the answer through a callback bound to a context.
// Tests answer it through setTestResponder() or by finding its children by object name
// ("confirmTyped", "confirmReason", "confirmButton").
class ConfirmDialog : public QDialog
{
    Q_OBJECT

public:
    struct Answer
    {
        bool confirmed = false;
        QString reason;
    };
    using Callback = std::function<void(const Answer &answer)>;
    using Responder = std::function<void(ConfirmDialog *dialog)>;

    explicit ConfirmDialog(const ConfirmRequest &request, QWidget *parent = nullptr);

    // Opens a window-modal dialog (deleted when closed) and calls `callback` once, through a
    // connection bound to `context`, with the answer.
    static ConfirmDialog *ask(QWidget *parent, const ConfirmRequest &request,
                              const QObject *context, Callback callback);
    // Tests: called with every dialog ask() opens, right after it opens; nullptr removes it.
    static void setTestResponder(Responder responder);

    const ConfirmRequest &request() const { return m_request; }
    QString reason() const;
    bool canConfirm() const;
    QString namesText() const;
    QString requiredText() const; // what must be typed; empty when nothing
    QPushButton *confirmButton() const { return m_confirm; }

    // Tests (and accessibility): fill the fields as a person would.
    void setTypedText(const QString &text);
    void setReason(const QString &text);

    void accept() override;

    // "Aiko Tanaka, Lars Johansson, Priya Sharma and 17 more"
    static QString summarizeNames(const QStringList &names, int count, int shown = 5);

private:
    void updateButton();

    ConfirmRequest m_request;
    QLabel *m_names = nullptr;
    QLineEdit *m_typed = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QPushButton *m_confirm = nullptr;
};
