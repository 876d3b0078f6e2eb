#include "ConfirmDialog.h"
#include "StatusColors.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace {

ConfirmDialog::Responder &testResponder()
{
    static ConfirmDialog::Responder responder;
    return responder;
}

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

ConfirmDialog::ConfirmDialog(const ConfirmRequest &request, QWidget *parent)
    : QDialog(parent), m_request(request)
{
    setObjectName(QStringLiteral("confirmDialog"));
    setWindowTitle(request.action);
    if (m_request.irreversible && m_request.typeToConfirm.isEmpty())
        m_request.typeToConfirm = QString::number(m_request.count);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    const QStyle::StandardPixmap pixmap = m_request.irreversible || m_request.destructive
                                              ? QStyle::SP_MessageBoxWarning
                                              : QStyle::SP_MessageBoxQuestion;
    icon->setPixmap(style()->standardIcon(pixmap).pixmap(40, 40));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);
    auto *texts = new QVBoxLayout;
    auto *question = wrappedLabel(m_request.question, this);
    question->setObjectName(QStringLiteral("confirmQuestion"));
    QFont bold = question->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    question->setFont(bold);
    texts->addWidget(question);
    m_names = wrappedLabel(namesText(), this);
    m_names->setObjectName(QStringLiteral("confirmNames"));
    m_names->setVisible(!m_request.names.isEmpty());
    texts->addWidget(m_names);
    if (!m_request.details.isEmpty()) {
        auto *details = wrappedLabel(m_request.details, this);
        details->setObjectName(QStringLiteral("confirmDetails"));
        texts->addWidget(details);
    }
    top->addLayout(texts, 1);
    layout->addLayout(top);

    if (m_request.irreversible) {
        auto *warning = wrappedLabel(
            m_request.warning.isEmpty() ? tr("This cannot be undone.") : m_request.warning, this);
        warning->setObjectName(QStringLiteral("confirmWarning"));
        QFont strong = warning->font();
        strong.setBold(true);
        warning->setFont(strong);
        layout->addSpacing(6);
        layout->addWidget(warning);
        auto *prompt = wrappedLabel(tr("Type %1 to confirm:").arg(m_request.typeToConfirm), this);
        layout->addWidget(prompt);
        m_typed = new QLineEdit(this);
        m_typed->setObjectName(QStringLiteral("confirmTyped"));
        m_typed->setPlaceholderText(m_request.typeToConfirm);
        prompt->setBuddy(m_typed);
        layout->addWidget(m_typed);
        connect(m_typed, &QLineEdit::textChanged, this, &ConfirmDialog::updateButton);
    }

    if (m_request.reason != ConfirmRequest::Reason::None) {
        const QString caption = m_request.reason == ConfirmRequest::Reason::Required
                                    ? tr("Reason (required, kept in the action history):")
                                    : tr("Reason (optional, kept in the action history):");
        auto *label = wrappedLabel(caption, this);
        layout->addSpacing(6);
        layout->addWidget(label);
        m_reason = new QPlainTextEdit(this);
        m_reason->setObjectName(QStringLiteral("confirmReason"));
        m_reason->setTabChangesFocus(true);
        m_reason->setPlaceholderText(tr("e.g. ticket HD-1234, left the company"));
        m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 3 + 12);
        label->setBuddy(m_reason);
        layout->addWidget(m_reason);
        if (!m_request.reasonNote.isEmpty()) {
            auto *note = wrappedLabel(m_request.reasonNote, this);
            note->setEnabled(false);
            layout->addWidget(note);
        }
        connect(m_reason, &QPlainTextEdit::textChanged, this, &ConfirmDialog::updateButton);
    }

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    m_confirm = buttons->addButton(m_request.action, QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    if (m_request.destructive || m_request.irreversible) {
        QPalette palette = m_confirm->palette();
        palette.setColor(QPalette::ButtonText, StatusColors::danger());
        m_confirm->setPalette(palette);
    }
    // Enter never confirms something irreversible by accident: Cancel is the default there.
    cancel->setDefault(m_request.irreversible);
    m_confirm->setDefault(!m_request.irreversible);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConfirmDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addSpacing(6);
    layout->addWidget(buttons);

    setMinimumWidth(460);
    updateButton();
    if (m_typed)
        m_typed->setFocus();
    else if (m_reason)
        m_reason->setFocus();
}

QString ConfirmDialog::summarizeNames(const QStringList &names, int count, int shown)
{
    if (names.isEmpty())
        return QString();
    const int total = qMax(count, int(names.size()));
    const QStringList first = names.mid(0, shown);
    const QString separator = tr(", ", "between names");
    const int more = total - int(first.size());
    if (more > 0)
        return tr("%1 and %n more", "names, then how many others", more).arg(first.join(separator));
    if (first.size() == 1)
        return first.first();
    return tr("%1 and %2", "all but the last name, then the last")
        .arg(first.mid(0, first.size() - 1).join(separator), first.last());
}

QString ConfirmDialog::namesText() const
{
    return summarizeNames(m_request.names, m_request.count);
}

QString ConfirmDialog::requiredText() const
{
    return m_request.irreversible ? m_request.typeToConfirm : QString();
}

QString ConfirmDialog::reason() const
{
    return m_reason ? m_reason->toPlainText().trimmed() : QString();
}

bool ConfirmDialog::canConfirm() const
{
    if (m_typed &&
        m_typed->text().trimmed().compare(m_request.typeToConfirm, Qt::CaseInsensitive) != 0)
        return false;
    if (m_request.reason == ConfirmRequest::Reason::Required && reason().isEmpty())
        return false;
    return true;
}

void ConfirmDialog::updateButton()
{
    m_confirm->setEnabled(canConfirm());
}

void ConfirmDialog::setTypedText(const QString &text)
{
    if (m_typed)
        m_typed->setText(text);
}

void ConfirmDialog::setReason(const QString &text)
{
    if (m_reason)
        m_reason->setPlainText(text);
}

void ConfirmDialog::accept()
{
    if (!canConfirm())
        return;
    QDialog::accept();
}

void ConfirmDialog::setTestResponder(Responder responder)
{
    testResponder() = std::move(responder);
}

ConfirmDialog *ConfirmDialog::ask(QWidget *parent, const ConfirmRequest &request,
                                  const QObject *context, Callback callback)
{
    auto *dialog = new ConfirmDialog(request, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    auto answered = std::make_shared<bool>(false);
    connect(dialog, &QDialog::finished, context, [dialog, answered, callback](int result) {
        if (std::exchange(*answered, true))
            return;
        callback({result == QDialog::Accepted, dialog->reason()});
    });
    dialog->open();
    if (testResponder()) {
        // After open() returns, as a person would answer: the caller's code runs first.
        QPointer<ConfirmDialog> guard(dialog);
        QTimer::singleShot(0, dialog, [guard] {
            if (guard && testResponder())
                testResponder()(guard);
        });
    }
    return dialog;
}
