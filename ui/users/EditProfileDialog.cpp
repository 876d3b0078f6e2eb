#include "EditProfileDialog.h"

#include "UserOperations.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>

EditProfileDialog::EditProfileDialog(ApiClient *client, const DirectoryUser &person,
                                     QWidget *parent)
    : FormDialog(parent), m_service(client), m_accountId(person.accountId)
{
    setObjectName(QStringLiteral("editProfileDialog"));
    setWindowTitle(tr("Edit profile: %1").arg(person.name.isEmpty() ? person.email : person.name));
    addField(QStringLiteral("name"), tr("&Name"), ProfileChange::nameMax);
    addField(QStringLiteral("nickname"), tr("Nic&kname"), ProfileChange::nicknameMax);
    addField(QStringLiteral("extended_profile.job_title"), tr("&Job title"));
    addField(QStringLiteral("extended_profile.department"), tr("&Department"));
    addField(QStringLiteral("extended_profile.organization"), tr("&Organization"));
    addField(QStringLiteral("extended_profile.location"), tr("&Location"));
    addField(QStringLiteral("zoneinfo"), tr("&Time zone"));
    m_fields.value(QStringLiteral("zoneinfo"))->setPlaceholderText(tr("e.g. Europe/Berlin"));
    setMinimumWidth(440);
    load();
}

void EditProfileDialog::addField(const QString &path, const QString &label, int maxLength)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QStringLiteral("profile_") + path);
    if (maxLength > 0)
        edit->setMaxLength(maxLength);
    form()->addRow(label, edit);
    m_fields.insert(path, edit);
}

void EditProfileDialog::load()
{
    setApplying(tr("Loading the profile\u2026"));
    m_pendingLoads = 2;
    auto done = [this](const QString &problem) {
        if (!problem.isEmpty()) {
            m_pendingLoads = -1;
            finishApplying(problem);
            applyButton()->setEnabled(false);
            return;
        }
        if (--m_pendingLoads == 0) {
            m_loaded = true;
            finishApplying(QString());
            Q_EMIT loaded();
        }
    };
    m_service.profile(m_accountId, this, [this, done](const ApiResult<ManagedProfile> &result) {
        if (result.ok())
            fill(result.value);
        done(result.ok() ? QString() : UserOperations::refusalInWords(result.error));
    });
    m_service.privileges(
        m_accountId, this, [this, done](const ApiResult<ManagePrivileges> &result) {
            if (result.ok())
                restrict(result.value);
            done(result.ok() ? QString() : UserOperations::refusalInWords(result.error));
        });
}

void EditProfileDialog::fill(const ManagedProfile &profile)
{
    const QList<QPair<QString, QString>> values = {
        {QStringLiteral("name"), profile.name},
        {QStringLiteral("nickname"), profile.nickname},
        {QStringLiteral("extended_profile.job_title"), profile.jobTitle},
        {QStringLiteral("extended_profile.department"), profile.department},
        {QStringLiteral("extended_profile.organization"), profile.organization},
        {QStringLiteral("extended_profile.location"), profile.location},
        {QStringLiteral("zoneinfo"), profile.zoneinfo},
    };
    for (const auto &[path, value] : values) {
        m_fields.value(path)->setText(value);
        m_original.insert(path, value);
    }
}

void EditProfileDialog::restrict(const ManagePrivileges &privileges)
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const ManagePrivileges::Rule rule = privileges.field(it.key());
        if (!rule.known || rule.allowed)
            continue;
        it.value()->setReadOnly(true);
        ApiError reason(ApiError::Kind::Forbidden, 403, QStringLiteral("forbidden.fieldMutation"),
                        rule.reason);
        it.value()->setToolTip(UserOperations::refusalInWords(reason));
    }
}

ProfileChange EditProfileDialog::changes() const
{
    ProfileChange change;
    auto changed = [this](const char *path) -> std::optional<QString> {
        const QString key = QLatin1String(path);
        const QLineEdit *edit = m_fields.value(key);
        if (edit->isReadOnly() || edit->text() == m_original.value(key))
            return std::nullopt;
        return edit->text().trimmed();
    };
    change.name = changed("name");
    change.nickname = changed("nickname");
    change.jobTitle = changed("extended_profile.job_title");
    change.department = changed("extended_profile.department");
    change.organization = changed("extended_profile.organization");
    change.location = changed("extended_profile.location");
    change.zoneinfo = changed("zoneinfo");
    return change;
}

QString EditProfileDialog::validate()
{
    if (!m_loaded)
        return tr("The profile has not loaded yet.");
    const ProfileChange change = changes();
    if (change.isEmpty())
        return tr("Nothing has changed.");
    if (change.zoneinfo && !QTimeZone::isTimeZoneIdAvailable(change.zoneinfo->toUtf8()))
        return tr("\u201c%1\u201d is not a time zone; use a name such as Europe/Berlin.")
            .arg(*change.zoneinfo);
    return change.problem();
}

void EditProfileDialog::apply()
{
    const ProfileChange change = changes();
    setApplying(tr("Saving\u2026"));
    m_service.updateProfile(m_accountId, change, this,
                            [this, change](const ApiResult<ManagedProfile> &result) {
                                if (!result.ok()) {
                                    finishApplying(UserOperations::refusalInWords(result.error));
                                    return;
                                }
                                m_change = change;
                                succeed();
                            });
}
