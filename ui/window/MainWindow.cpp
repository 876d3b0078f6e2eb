#include "MainWindow.h"

#include "ActivityStatus.h"
#include "AreaLink.h"
#include "AreaPane.h"
#include "Areas.h"
#include "ConnectHintPage.h"
#include "Connection.h"
#include "Icons.h"
#include "MessagePanel.h"
#include "Sidebar.h"
#include "WindowKeys.h"
#include "WindowTools.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_pages(new QStackedWidget(this)),
      m_workspace(new QSplitter(Qt::Horizontal, m_pages)), m_sidebar(new Sidebar(m_workspace)),
      m_areaStack(new QStackedWidget(m_workspace)), m_activity(new ActivityStatus(statusBar()))
{
    setObjectName(QStringLiteral("mainWindow"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banners = new QVBoxLayout;
    m_banners->setContentsMargins(0, 0, 0, 0);
    m_banners->setSpacing(0);
    layout->addLayout(m_banners);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_workspace->setObjectName(QStringLiteral("workspace"));
    m_workspace->addWidget(m_sidebar);
    m_workspace->addWidget(m_areaStack);
    m_workspace->setStretchFactor(1, 1);
    m_workspace->setSizes({220, 1180});
    m_workspace->setChildrenCollapsible(false);
    m_pages->addWidget(m_workspace);
    m_notice = new MessagePanel(MessagePanel::Style::Centred, m_pages);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_pages->addWidget(m_notice);
    setStartPage(new ConnectHintPage(m_pages));

    connect(m_sidebar, &Sidebar::areaPicked, this, &MainWindow::showArea);
    connect(m_sidebar, &Sidebar::scopePicked, this, &MainWindow::setScope);
    connect(m_sidebar, &Sidebar::orgNameChanged, this, &MainWindow::updateTitle);

    createMenus();
    new WindowTools(this); // the jobs and API activity views, saved views
    new WindowKeys(this);  // Ctrl+1…9, the shortcut sheet
    resize(1400, 860);
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The panes' models hold the connection's services: they go first.
    qDeleteAll(m_panes);
    m_panes.clear();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    QAction *refresh = view->addAction(tr("&Refresh"), this, [this] {
        if (AreaPane *current = pane(m_currentArea))
            current->refresh();
    });
    refresh->setObjectName(QStringLiteral("refreshAction"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setIcon(Icons::action(Icons::Action::Refresh));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(tr("&About Orgdesk"), this, [this] {
        auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About Orgdesk"),
                                    tr("<b>Orgdesk %1</b><p>A desktop console for Atlassian "
                                       "Cloud organizations.</p>")
                                        .arg(QApplication::applicationVersion()),
                                    QMessageBox::Close, this);
        box->setIconPixmap(windowIcon().pixmap(64, 64));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

void MainWindow::setStartPage(QWidget *page)
{
    if (page == m_startPage)
        return;
    QWidget *old = m_startPage;
    m_startPage = page;
    if (page)
        m_pages->addWidget(page);
    if (old) {
        m_pages->removeWidget(old);
        old->deleteLater();
    }
    if (!m_connection && page && m_pages->currentWidget() != m_notice)
        m_pages->setCurrentWidget(page);
}

void MainWindow::showNotice(const QString &text, bool isError)
{
    m_notice->showMessage(text, QString(), isError);
    if (!m_connection)
        m_pages->setCurrentWidget(m_notice);
}

void MainWindow::addBanner(QWidget *banner)
{
    m_banners->addWidget(banner);
}

void MainWindow::dropPanes()
{
    for (AreaPane *areaPane : std::as_const(m_panes)) {
        m_areaStack->removeWidget(areaPane);
        disconnect(areaPane, nullptr, this, nullptr);
        // Later, not now: this may run inside one of the pane's own signals.
        areaPane->hide();
        areaPane->deleteLater();
    }
    m_panes.clear();
}

void MainWindow::setConnection(Connection *connection)
{
    if (connection == m_connection)
        return;
    dropPanes();
    m_sidebar->setConnection(nullptr);
    m_activity->setClient(nullptr);
    if (m_connection)
        m_connection->deleteLater(); // after the panes, which were scheduled first
    m_connection = connection;
    m_scope = QStringLiteral("-");
    if (connection) {
        connection->setParent(this);
        m_sidebar->setConnection(connection);
        m_activity->setClient(connection->client());
        m_pages->setCurrentWidget(m_workspace);
        const QString area = m_currentArea.isEmpty() ? Areas::defaultArea() : m_currentArea;
        m_currentArea.clear();
        showArea(area);
    } else if (m_startPage) {
        m_pages->setCurrentWidget(m_startPage);
    }
    updateTitle();
    Q_EMIT connectionChanged(connection);
}

void MainWindow::showArea(const QString &key)
{
    if (!m_connection || key == m_currentArea)
        return;
    AreaPane *areaPane = m_panes.value(key);
    if (!areaPane) {
        const QList<AreaDefinition> areas = Areas::all();
        const auto found =
            std::find_if(areas.begin(), areas.end(),
                         [&](const AreaDefinition &area) { return area.key == key; });
        if (found == areas.end())
            return;
        areaPane = found->create(m_connection, m_areaStack);
        areaPane->setObjectName(key + QStringLiteral("Pane"));
        m_panes.insert(key, areaPane);
        m_areaStack->addWidget(areaPane);
        if (m_scope != QLatin1String("-"))
            areaPane->setScope(m_scope);
        connect(areaPane, &AreaPane::openRequested, this, &MainWindow::open);
        connect(areaPane, &AreaPane::ready, this, [this, key] {
            if (key == m_currentArea)
                Q_EMIT contentReady();
        });
        Q_EMIT paneCreated(key, areaPane);
    }
    m_currentArea = key;
    m_areaStack->setCurrentWidget(areaPane);
    m_sidebar->selectArea(key);
}

void MainWindow::open(const AreaLink &link)
{
    showArea(link.area);
    if (AreaPane *areaPane = pane(link.area); areaPane && m_currentArea == link.area)
        areaPane->open(link);
}

void MainWindow::setScope(const QString &directoryId)
{
    m_scope = directoryId.isEmpty() ? QStringLiteral("-") : directoryId;
    for (AreaPane *areaPane : std::as_const(m_panes))
        areaPane->setScope(m_scope);
}

void MainWindow::updateTitle()
{
    if (!m_connection) {
        setWindowTitle(tr("Orgdesk"));
        return;
    }
    QString org = m_sidebar->orgName();
    if (org.isEmpty())
        org = m_connection->displayName().isEmpty() ? m_connection->orgId()
                                                    : m_connection->displayName();
    if (m_connection->isSandbox())
        setWindowTitle(tr("%1 [Sandbox] \u2013 Orgdesk").arg(org));
    else
        setWindowTitle(tr("%1 \u2013 Orgdesk").arg(org));
}
