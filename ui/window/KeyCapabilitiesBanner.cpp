#include "KeyCapabilitiesBanner.h"

#include "KeyCapabilitiesView.h"
#include "PaletteWatcher.h"
#include "StatusColors.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

KeyCapabilitiesBanner::KeyCapabilitiesBanner(QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)),
      m_details(new QPushButton(tr("Details\u2026"), this))
{
    setObjectName(QStringLiteral("keyCapabilitiesBanner"));
    PaletteWatcher::follow(this, [this] {
        const StatusColors::Tint colors = StatusColors::tint(StatusColors::Role::Info);
        setStyleSheet(QStringLiteral("#keyCapabilitiesBanner { background: %1; "
                                     "border-bottom: 1px solid %2; }"
                                     "#keyCapabilitiesBanner QLabel { color: %3; }")
                          .arg(colors.background.name(), colors.border.name(), colors.text.name()));
    });
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(22, 22));
    m_text->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("keyCapabilitiesText"));
    m_details->setObjectName(QStringLiteral("keyCapabilitiesDetails"));
    connect(m_details, &QPushButton::clicked, this, &KeyCapabilitiesBanner::showDetails);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_details);
    hide();
}

void KeyCapabilitiesBanner::setCapabilities(const QString &profileName,
                                            const KeyCapabilities &capabilities)
{
    m_profileName = profileName;
    m_capabilities = capabilities;
    m_text->setText(KeyCapabilitiesView::summaryFor(capabilities));
    setVisible(capabilities.refusedCount() > 0);
}

QString KeyCapabilitiesBanner::text() const
{
    return m_text->text();
}

void KeyCapabilitiesBanner::showDetails()
{
    auto *dialog = new QDialog(window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("What the key of \"%1\" can reach").arg(m_profileName));
    dialog->resize(820, 480);
    auto *view = new KeyCapabilitiesView(dialog);
    view->setCapabilities(m_capabilities);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QPushButton *rotate = buttons->addButton(tr("Rotate key\u2026"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(rotate, &QPushButton::clicked, dialog, [this, dialog] {
        dialog->close();
        Q_EMIT rotateRequested();
    });
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    dialog->open();
}
