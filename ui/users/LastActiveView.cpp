#include "LastActiveView.h"

#include "UserService.h"
#include "UserText.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

#include <algorithm>

LastActiveView::LastActiveView(QWidget *parent)
    : QWidget(parent), m_grid(new QGridLayout(this)), m_state(new QLabel(this)),
      m_retry(new QPushButton(tr("Retry"), this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(16);
    m_grid->setColumnStretch(1, 1);
    m_state->setObjectName(QStringLiteral("lastActiveState"));
    m_state->setWordWrap(true);
    m_retry->setObjectName(QStringLiteral("lastActiveRetry"));
    m_retry->hide();
    m_grid->addWidget(m_state, 0, 0, 1, 2);
    m_grid->addWidget(m_retry, 1, 0, Qt::AlignLeft);
    connect(m_retry, &QPushButton::clicked, this, &LastActiveView::request);
    m_delay.setSingleShot(true);
    m_delay.setInterval(150);
    connect(&m_delay, &QTimer::timeout, this, &LastActiveView::request);
}

void LastActiveView::dropRequest()
{
    // The context goes first: the aborted call reaches no callback.
    m_request.clear();
    if (m_reply)
        m_reply->abort();
    m_reply.clear();
    m_delay.stop();
}

void LastActiveView::clear()
{
    dropRequest();
    m_accountId.clear();
    clearRows();
    showState(QString(), false);
}

void LastActiveView::load(const QString &accountId)
{
    dropRequest();
    m_accountId = accountId;
    clearRows();
    showState(tr("Loading\u2026"), false);
    m_delay.start();
}

void LastActiveView::request()
{
    if (!m_service || m_accountId.isEmpty())
        return;
    dropRequest();
    showState(tr("Loading\u2026"), false);
    m_reply = m_service->lastActiveDates(m_accountId, m_request.renew(),
                                         [this](const ApiResult<LastActiveDates> &result) {
                                             m_reply.clear();
                                             if (result.ok())
                                                 showDates(result.value);
                                             else
                                                 showError(result.error);
                                             Q_EMIT loaded();
                                         });
}

void LastActiveView::clearRows()
{
    qDeleteAll(m_rows);
    m_rows.clear();
}

void LastActiveView::showState(const QString &text, bool retry)
{
    m_state->setText(text);
    m_state->setVisible(!text.isEmpty());
    m_retry->setVisible(retry);
}

void LastActiveView::showDates(const LastActiveDates &dates)
{
    clearRows();
    if (dates.products.isEmpty()) {
        showState(tr("No access to any product."), false);
        return;
    }
    showState(QString(), false);
    QList<LastActiveDates::Product> products = dates.products;
    // Most recent first; never-active products last.
    std::stable_sort(products.begin(), products.end(), [](const auto &a, const auto &b) {
        if (a.lastActive.isValid() != b.lastActive.isValid())
            return a.lastActive.isValid();
        return a.lastActive > b.lastActive;
    });
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int row = 2;
    for (const LastActiveDates::Product &product : std::as_const(products)) {
        auto *name = new QLabel(UserText::productName(product.key), this);
        name->setObjectName(QStringLiteral("lastActiveProduct"));
        name->setToolTip(product.id);
        name->setWordWrap(true);
        // About as wide as the captions above; longer product names take two lines.
        name->setMaximumWidth(
            name->fontMetrics().horizontalAdvance(QStringLiteral("Organization__")));
        auto *when = new QLabel(UserText::dateWithAgo(product.lastActive, now), this);
        when->setObjectName(QStringLiteral("lastActiveDate"));
        when->setTextInteractionFlags(Qt::TextSelectableByMouse);
        when->setWordWrap(true);
        m_grid->addWidget(name, row, 0);
        m_grid->addWidget(when, row, 1);
        m_rows << name << when;
        ++row;
    }
}

void LastActiveView::showError(const ApiError &error)
{
    clearRows();
    showState(tr("Could not load the last-active dates. %1").arg(error.userMessage()), true);
    m_state->setToolTip(error.detailedMessage());
}
