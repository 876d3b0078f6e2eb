#include "ExpiryBanner.h"

#include "PaletteWatcher.h"
#include "StatusColors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTimer>

namespace {

struct LevelLook
{
    StatusColors::Tint colors;
    QStyle::StandardPixmap icon;
};

LevelLook lookFor(KeyExpiry::Level level)
{
    using StatusColors::Role;
    switch (level) {
    case KeyExpiry::Level::Soon:
        return {StatusColors::tint(Role::Warning), QStyle::SP_MessageBoxInformation};
    case KeyExpiry::Level::Urgent:
        return {StatusColors::tint(Role::Warning), QStyle::SP_MessageBoxWarning};
    case KeyExpiry::Level::Critical:
        return {StatusColors::tint(Role::Danger), QStyle::SP_MessageBoxWarning};
    case KeyExpiry::Level::Expired:
        return {StatusColors::solid(Role::Danger), QStyle::SP_MessageBoxCritical};
    default:
        return {StatusColors::tint(Role::Muted), QStyle::SP_MessageBoxInformation};
    }
}

} // namespace

ExpiryBanner::ExpiryBanner(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)),
      m_rotate(new QPushButton(tr("Rotate key\u2026"), this)),
      m_dismiss(new QPushButton(tr("Remind me later"), this)), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("expiryBanner"));
    m_text->setObjectName(QStringLiteral("expiryText"));
    m_text->setWordWrap(true);
    m_rotate->setObjectName(QStringLiteral("rotateKey"));
    m_dismiss->setObjectName(QStringLiteral("dismissExpiry"));
    connect(m_rotate, &QPushButton::clicked, this, &ExpiryBanner::rotateRequested);
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        m_dismissed = true;
        hide();
    });

    PaletteWatcher::follow(this, [this] { applyLevelStyle(); });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_dismiss);
    layout->addWidget(m_rotate);

    m_timer->setInterval(60 * 60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &ExpiryBanner::refresh);
    m_timer->start();
    hide();
}

void ExpiryBanner::setClock(KeyExpiry::Clock clock)
{
    m_clock = std::move(clock);
    refresh();
}

void ExpiryBanner::setKey(const QString &profileName, const QDate &expiry)
{
    m_profileName = profileName;
    m_expiry = expiry;
    m_dismissed = false;
    refresh();
}

QString ExpiryBanner::text() const
{
    return m_text->text();
}

void ExpiryBanner::refresh()
{
    const QDate today = m_clock();
    const KeyExpiry::Level previous = m_level;
    m_level = KeyExpiry::level(m_expiry, today);
    if (m_level != previous)
        m_dismissed = false; // a new level is news again
    const QString message = KeyExpiry::message(m_profileName, m_expiry, today);
    if (message.isEmpty()) {
        hide();
        return;
    }
    QString text = message;
    if (m_level == KeyExpiry::Level::Expired || m_level == KeyExpiry::Level::Critical)
        text += u' ' + KeyExpiry::rotateAdvice();
    m_text->setText(text);
    // Only the gentlest level may be put off; the urgent ones stay until the key is rotated.
    m_dismiss->setVisible(m_level == KeyExpiry::Level::Soon);
    applyLevelStyle();
    setVisible(!m_dismissed);
}

void ExpiryBanner::showUnauthorized()
{
    const QString explanation =
        KeyExpiry::unauthorizedExplanation(m_profileName, m_expiry, m_clock());
    if (explanation.isEmpty())
        return;
    m_level = KeyExpiry::Level::Expired;
    m_text->setText(explanation);
    m_dismiss->hide();
    applyLevelStyle();
    m_dismissed = false;
    show();
}

void ExpiryBanner::applyLevelStyle()
{
    const LevelLook look = lookFor(m_level);
    setStyleSheet(QStringLiteral("#expiryBanner { background: %1; border-bottom: 1px solid %2; }"
                                 "#expiryBanner QLabel { color: %3; }")
                      .arg(look.colors.background.name(), look.colors.border.name(),
                           look.colors.text.name()));
    m_icon->setPixmap(style()->standardIcon(look.icon).pixmap(22, 22));
    QFont font = m_text->font();
    font.setBold(m_level == KeyExpiry::Level::Expired || m_level == KeyExpiry::Level::Critical);
    m_text->setFont(font);
}
