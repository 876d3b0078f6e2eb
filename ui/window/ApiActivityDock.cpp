#include "ApiActivityDock.h"

#include "ApiActivityModel.h"
#include "ApiClient.h"

#include <QBoxLayout>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableView>

ApiActivityDock::ApiActivityDock(QWidget *parent)
    : QDockWidget(tr("API activity"), parent), m_model(new ApiActivityModel(this)),
      m_view(new QTableView(this)), m_copy(new QPushButton(tr("Copy as curl"), this)),
      m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("apiActivityDock"));
    auto *content = new QWidget(this);
    m_view->setObjectName(QStringLiteral("apiActivityView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    QHeaderView *header = m_view->horizontalHeader();
    const int x = m_view->fontMetrics().horizontalAdvance(QLatin1Char('x'));
    header->resizeSection(ApiActivityModel::Time, x * 14);
    header->resizeSection(ApiActivityModel::Method, x * 9);
    header->resizeSection(ApiActivityModel::Status, x * 8);
    header->resizeSection(ApiActivityModel::Duration, x * 10);
    header->resizeSection(ApiActivityModel::Attempt, x * 10);
    header->resizeSection(ApiActivityModel::Outcome, x * 45);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ApiActivityModel::Path, QHeaderView::Stretch);
    // The end of a path says most ("/suspend"): cut in the middle, not at the end.
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        auto *menu = new QMenu(m_view);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->addAction(tr("Copy as curl"), this, &ApiActivityDock::copyCurrentAsCurl);
        menu->popup(m_view->viewport()->mapToGlobal(position));
    });
    m_copy->setObjectName(QStringLiteral("copyCurl"));
    m_copy->setToolTip(tr("The key is written as $ORGDESK_API_KEY: set that variable to run it"));
    connect(m_copy, &QPushButton::clicked, this, &ApiActivityDock::copyCurrentAsCurl);
    auto *clear = new QPushButton(tr("Clear"), this);
    connect(clear, &QPushButton::clicked, this, [this] {
        if (m_client)
            m_client->callLog()->clear();
        m_model->setLog(m_client ? m_client->callLog() : nullptr);
    });
    auto updateCount = [this] {
        m_count->setText(tr("%n call(s)", nullptr, m_model->rowCount()));
        m_copy->setEnabled(m_view->currentIndex().isValid());
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, updateCount);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, updateCount);
    // Keep the newest call in sight unless the reader scrolled up.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_view->currentIndex().isValid())
            m_view->scrollToBottom();
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_count);
    buttons->addStretch(1);
    buttons->addWidget(clear);
    buttons->addWidget(m_copy);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    setWidget(content);
    updateCount();
}

void ApiActivityDock::setClient(ApiClient *client)
{
    m_client = client;
    m_model->setLog(client ? client->callLog() : nullptr);
}

QString ApiActivityDock::currentCurl() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return QString();
    return ApiActivityModel::curlCommand(m_model->record(index.row()));
}

void ApiActivityDock::copyCurrentAsCurl()
{
    const QString curl = currentCurl();
    if (!curl.isEmpty())
        QGuiApplication::clipboard()->setText(curl);
}
