#include "ScimRepairDialog.h"

#include "ApiReply.h"
#include "StatusColors.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

ScimRepairDialog::ScimRepairDialog(const ScimLinkFinding &finding,
                                   const ScimRepairPlan::Clients &clients, QWidget *parent)
    : QDialog(parent), m_steps(ScimRepairPlan::stepsFor(finding, clients)), m_done(new QLabel(this))
{
    setObjectName(QStringLiteral("scimRepairDialog"));
    setWindowTitle(tr("Repair: %1").arg(ScimLinkFinding::kindTitle(finding.kind)));
    setMinimumWidth(760);
    auto *layout = new QVBoxLayout(this);
    auto *reason = new QLabel(finding.reason, this);
    reason->setWordWrap(true);
    reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(reason);
    auto *plan = new QLabel(ScimLinkFinding::repairText(finding.repair), this);
    plan->setWordWrap(true);
    layout->addWidget(plan);
    const QString none = ScimRepairPlan::whyNoSteps(finding, clients);
    if (!none.isEmpty()) {
        auto *why = new QLabel(none, this);
        why->setObjectName(QStringLiteral("scimRepairNone"));
        why->setWordWrap(true);
        layout->addWidget(why);
    }
    for (int index = 0; index < m_steps.size(); ++index)
        layout->addWidget(createStep(index));
    m_done->setObjectName(QStringLiteral("scimRepairDone"));
    m_done->setWordWrap(true);
    layout->addWidget(m_done);
    layout->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // As tall as the wrapped words need at this width, so that no step is squeezed.
    resize(minimumWidth(),
           std::max(sizeHint().height(), layout->totalHeightForWidth(minimumWidth())));
    moveTo(0);
}

QWidget *ScimRepairDialog::createStep(int index)
{
    const ScimRepairStep &step = m_steps.at(index);
    auto *box = new QGroupBox(tr("Step %1 of %2").arg(index + 1).arg(m_steps.size()), this);
    auto *layout = new QVBoxLayout(box);
    auto *what = new QLabel(step.what, box);
    what->setWordWrap(true);
    layout->addWidget(what);
    Row row;
    if (!step.inputLabel.isEmpty()) {
        row.input = new QLineEdit(step.suggestedInput, box);
        row.input->setObjectName(QStringLiteral("scimRepairInput%1").arg(index));
        auto *label = new QLabel(step.inputLabel, box);
        label->setBuddy(row.input);
        auto *input = new QHBoxLayout;
        input->addWidget(label);
        input->addWidget(row.input, 1);
        layout->addLayout(input);
    }
    // The call as it will go out; long paths wrap anywhere, and the text can be copied.
    row.call = new QPlainTextEdit(box);
    row.call->setObjectName(QStringLiteral("scimRepairCall%1").arg(index));
    row.call->setReadOnly(true);
    row.call->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    row.call->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    row.call->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    row.call->setFixedHeight(row.call->fontMetrics().lineSpacing() * 3 + 12);
    row.call->setToolTip(tr("The call Orgdesk sends when you choose Send this call"));
    layout->addWidget(row.call);
    row.send = new QPushButton(tr("Send this call"), box);
    row.send->setObjectName(QStringLiteral("scimRepairSend%1").arg(index));
    auto *actions = new QHBoxLayout;
    actions->addWidget(row.send);
    if (step.optional) {
        row.skip = new QPushButton(tr("Skip"), box);
        row.skip->setObjectName(QStringLiteral("scimRepairSkip%1").arg(index));
        actions->addWidget(row.skip);
        connect(row.skip, &QPushButton::clicked, this,
                [this, index] { finishStep(index, tr("Skipped."), false); });
    }
    row.result = new QLabel(box);
    row.result->setObjectName(QStringLiteral("scimRepairResult%1").arg(index));
    row.result->setWordWrap(true);
    row.result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    actions->addWidget(row.result, 1);
    layout->addLayout(actions);
    m_rows.append(row);

    auto showCall = [this, index] {
        const ScimRepairStep &step = m_steps.at(index);
        const Row &row = m_rows.at(index);
        row.call->setPlainText(
            row.input && step.callWith ? step.callWith(row.input->text().trimmed()) : step.call);
    };
    showCall();
    if (row.input)
        connect(row.input, &QLineEdit::textChanged, this, showCall);
    connect(row.send, &QPushButton::clicked, this, [this, index] { send(index); });
    return box;
}

QString ScimRepairDialog::callText(int step) const
{
    return m_rows.at(step).call->toPlainText();
}

QString ScimRepairDialog::resultText(int step) const
{
    return m_rows.at(step).result->text();
}

void ScimRepairDialog::moveTo(int index)
{
    m_current = index;
    for (int i = 0; i < m_rows.size(); ++i) {
        const bool now = i == index;
        m_rows.at(i).send->setEnabled(now);
        if (m_rows.at(i).skip)
            m_rows.at(i).skip->setEnabled(now);
        if (m_rows.at(i).input)
            m_rows.at(i).input->setEnabled(now);
    }
    if (index < m_rows.size())
        m_rows.at(index).send->setFocus();
    else if (!m_steps.isEmpty())
        m_done->setText(tr("Every step is done. Closing this runs the link check again."));
}

void ScimRepairDialog::send(int index)
{
    const Row &row = m_rows.at(index);
    const QString input = row.input ? row.input->text().trimmed() : QString();
    if (row.input && input.isEmpty()) {
        finishStep(index, tr("Enter the address first."), true);
        return;
    }
    row.send->setEnabled(false);
    if (row.skip)
        row.skip->setEnabled(false);
    row.result->setStyleSheet(QString());
    row.result->setText(tr("Sending\u2026"));
    m_steps.at(index).send(input, this, [this, index](const ApiError &error) {
        if (error.isError()) {
            finishStep(index, tr("Refused: %1").arg(error.detailedMessage()), true);
            return;
        }
        Q_EMIT changed();
        finishStep(index, tr("Done."), false);
    });
}

void ScimRepairDialog::finishStep(int index, const QString &result, bool failed)
{
    const Row &row = m_rows.at(index);
    row.result->setStyleSheet(failed
                                  ? QStringLiteral("color: %1;").arg(StatusColors::danger().name())
                                  : QStringLiteral("color: %1;").arg(StatusColors::ok().name()));
    row.result->setText(result);
    moveTo(failed ? index : index + 1); // a failed step may be sent again
}
