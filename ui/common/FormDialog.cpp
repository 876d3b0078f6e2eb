#include "FormDialog.h"

#include "PaletteWatcher.h"
#include "StatusColors.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

FormDialog::FormDialog(QWidget *parent)
    : QDialog(parent), m_form(new QFormLayout), m_extra(new QVBoxLayout),
      m_fields(new QWidget(this)), m_status(new QLabel(this)), m_problemBox(new QFrame(this)),
      m_problem(new QLabel(m_problemBox)), m_problemAction(new QPushButton(m_problemBox)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_apply(m_buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole))
{
    m_fields->setLayout(m_form);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_status->setObjectName(QStringLiteral("formStatus"));
    m_status->setWordWrap(true);
    m_status->hide();

    // The refusal, in place: an icon, the sentence, and perhaps a way out.
    m_problemBox->setObjectName(QStringLiteral("formProblem"));
    m_problemBox->setFrameShape(QFrame::StyledPanel);
    PaletteWatcher::follow(m_problemBox, [box = m_problemBox] {
        const StatusColors::Tint colors = StatusColors::tint(StatusColors::Role::Danger);
        box->setStyleSheet(
            QStringLiteral("#formProblem { background: %1; border: 1px solid %2; "
                           "border-radius: 4px; } #formProblem QLabel { color: %3; }")
                .arg(colors.background.name(), colors.border.name(), colors.text.name()));
    });
    auto *icon = new QLabel(m_problemBox);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(24, 24));
    m_problem->setObjectName(QStringLiteral("formProblemText"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problemAction->setObjectName(QStringLiteral("formProblemAction"));
    connect(m_problemAction, &QPushButton::clicked, this, &FormDialog::problemActionClicked);
    auto *problemLayout = new QHBoxLayout(m_problemBox);
    problemLayout->addWidget(icon, 0, Qt::AlignTop);
    problemLayout->addWidget(m_problem, 1);
    problemLayout->addWidget(m_problemAction, 0, Qt::AlignBottom);
    m_problemBox->hide();

    m_apply->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FormDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FormDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fields);
    layout->addLayout(m_extra);
    layout->addWidget(m_problemBox);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
}

QString FormDialog::problemText() const
{
    return m_problemBox->isHidden() ? QString() : m_problem->text();
}

QString FormDialog::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void FormDialog::setApplyText(const QString &text)
{
    m_apply->setText(text);
}

void FormDialog::accept()
{
    if (m_applying)
        return;
    clearProblem();
    const QString problem = validate();
    if (!problem.isEmpty()) {
        showProblem(problem);
        return;
    }
    apply();
}

void FormDialog::setApplying(const QString &status)
{
    m_applying = true;
    m_fields->setEnabled(false);
    m_apply->setEnabled(false);
    m_problemAction->setEnabled(false);
    m_status->setText(status);
    m_status->show();
}

void FormDialog::finishApplying(const QString &problem, const QString &actionText)
{
    m_applying = false;
    m_fields->setEnabled(true);
    m_apply->setEnabled(true);
    m_problemAction->setEnabled(true);
    m_status->hide();
    if (problem.isEmpty())
        clearProblem();
    else
        showProblem(problem, actionText);
}

void FormDialog::succeed()
{
    m_applying = false;
    m_status->hide();
    QDialog::accept();
}

void FormDialog::showProblem(const QString &problem, const QString &actionText)
{
    m_problem->setText(problem);
    m_problemAction->setText(actionText);
    m_problemAction->setVisible(!actionText.isEmpty());
    m_problemBox->show();
    growToFit();
}

void FormDialog::growToFit()
{
    // Wrapped text (the intro, a problem) needs more height at the dialog's width than the size
    // hint knows of; grow rather than cut it off.
    QLayout *layout = this->layout();
    layout->activate();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width())
                                                   : layout->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void FormDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    growToFit();
}

void FormDialog::clearProblem()
{
    m_problem->clear();
    m_problemBox->hide();
}
