#include "PolicyEditDialog.h"

#include "CidrRange.h"
#include "PolicyService.h"
#include "PolicyText.h"
#include "StatusColors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>

namespace {

const char *const realms[] = {"us", "eu", "de", "au", "ca", "jp", "in", "sg", "kr", "uk"};

} // namespace

PolicyEditDialog::PolicyEditDialog(const PolicyService *service, const Policy &policy,
                                   QWidget *parent)
    : FormDialog(parent), m_service(service), m_policy(policy), m_name(new QLineEdit(this)),
      m_enabled(new QCheckBox(tr("&Enabled"), this))
{
    setObjectName(QStringLiteral("policyEditDialog"));
    const bool creating = policy.id.isEmpty();
    const bool ip = policy.type == Policy::Type::IpAllowlist;
    if (ip)
        setWindowTitle(creating ? tr("New IP allowlist")
                                : tr("Edit IP allowlist: %1").arg(policy.name));
    else
        setWindowTitle(creating ? tr("New data-residency policy")
                                : tr("Edit data-residency policy: %1").arg(policy.name));
    m_name->setObjectName(QStringLiteral("policyName"));
    m_name->setText(policy.name);
    m_name->setPlaceholderText(ip ? tr("Office networks") : tr("Keep product data in the EU"));
    form()->addRow(tr("&Name"), m_name);
    m_enabled->setChecked(creating || policy.isEnabled());
    form()->addRow(QString(), m_enabled);

    if (ip) {
        m_rules = new QPlainTextEdit(this);
        m_rules->setObjectName(QStringLiteral("policyRules"));
        m_rules->setPlaceholderText(tr("203.0.113.0/24\n2001:db8::/32"));
        m_rules->setPlainText(policy.rule.join(u'\n'));
        m_rules->setTabChangesFocus(true);
        m_rules->setMinimumHeight(140);
        form()->addRow(tr("Allowed &ranges\n(one CIDR a line)"), m_rules);
        m_ruleProblem = new QLabel(this);
        m_ruleProblem->setObjectName(QStringLiteral("ruleProblem"));
        m_ruleProblem->setWordWrap(true);
        m_ruleProblem->setStyleSheet(
            QStringLiteral("color: %1;").arg(StatusColors::danger().name()));
        form()->addRow(QString(), m_ruleProblem);
        connect(m_rules, &QPlainTextEdit::textChanged, this, &PolicyEditDialog::checkRules);
    } else {
        m_realm = new QComboBox(this);
        m_realm->setObjectName(QStringLiteral("policyRealm"));
        for (const char *realm : realms)
            m_realm->addItem(PolicyText::realm(QLatin1String(realm)), QLatin1String(realm));
        const int at = m_realm->findData(policy.rule.value(0));
        if (at >= 0)
            m_realm->setCurrentIndex(at);
        form()->addRow(tr("&Location"), m_realm);
    }
    auto *note = new QLabel(tr("Saving sends the policy; it then applies to its resources one by "
                               "one, which can take a few minutes."),
                            this);
    note->setWordWrap(true);
    note->setEnabled(false);
    form()->addRow(note);
    setApplyText(creating ? tr("Create") : tr("Save"));
    setMinimumWidth(480);
    checkRules();
}

QStringList PolicyEditDialog::ranges() const
{
    return m_rules ? CidrRange::parseLines(m_rules->toPlainText()).ranges : QStringList();
}

QString PolicyEditDialog::ruleProblemText() const
{
    return m_ruleProblemText;
}

void PolicyEditDialog::checkRules()
{
    if (!m_rules)
        return;
    const CidrRange::Lines lines = CidrRange::parseLines(m_rules->toPlainText());
    QList<QTextEdit::ExtraSelection> marks;
    QStringList words;
    constexpr int shown = 3; // the rest are marked in the editor
    for (const auto &[line, problem] : lines.problems) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_rules->document()->findBlockByNumber(line - 1));
        mark.format.setBackground(StatusColors::tint(StatusColors::Role::Danger).background);
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        marks.append(mark);
        if (words.size() < shown)
            words.append(tr("Line %1: %2.").arg(line).arg(problem));
    }
    if (lines.problems.size() > shown)
        words.append(tr("%n more marked line(s).", nullptr, int(lines.problems.size()) - shown));
    m_rules->setExtraSelections(marks);
    if (!lines.ok())
        m_ruleProblemText = words.join(u'\n');
    else if (lines.ranges.isEmpty() && m_enabled->isChecked())
        m_ruleProblemText = tr("An enabled allowlist needs at least one range.");
    else
        m_ruleProblemText.clear();
    m_ruleProblem->setText(m_ruleProblemText);
    m_ruleProblem->setVisible(!m_ruleProblemText.isEmpty());
    if (isVisible()) // room for the words, without shrinking what the person sized
        resize(width(), qMax(height(), sizeHint().height()));
    if (!isApplying()) {
        applyButton()->setEnabled(m_ruleProblemText.isEmpty());
        applyButton()->setToolTip(m_ruleProblemText);
    }
}

QString PolicyEditDialog::validate()
{
    checkRules();
    if (!m_ruleProblemText.isEmpty()) {
        m_rules->setFocus();
        return m_ruleProblemText;
    }
    if (m_name->text().trimmed().isEmpty()) {
        m_name->setFocus();
        return tr("Give the policy a name.");
    }
    return QString();
}

void PolicyEditDialog::apply()
{
    Policy policy = m_policy;
    policy.name = m_name->text().trimmed();
    policy.setEnabled(m_enabled->isChecked());
    policy.rule = m_rules ? ranges() : QStringList{m_realm->currentData().toString()};
    setApplying(policy.id.isEmpty() ? tr("Creating the policy\u2026")
                                    : tr("Saving the policy\u2026"));
    auto done = [this](const ApiResult<Policy> &result) {
        if (!result.ok()) {
            QString words = result.error.userMessage();
            if (result.error.kind() == ApiError::Kind::BadRequest &&
                !result.error.serverMessage().isEmpty())
                words = tr("The server refused the policy: %1").arg(result.error.serverMessage());
            finishApplying(words);
            checkRules();
            return;
        }
        Q_EMIT saved(result.value);
        succeed();
    };
    if (policy.id.isEmpty())
        m_service->create(policy, this, done);
    else
        m_service->update(policy, this, done);
}
