#include "app/shell/messagebar.h"

#include "render/html/html.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    m_icon = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_close = new QToolButton(this);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close message"));
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    setAccessibleName(tr("Message"));
    hide();
}

void MessageBar::showMessage(Kind kind, const QString &text, const QString &details)
{
    m_kind = kind;
    m_details = details;
    QString html = Html::escape(text);
    if (!details.isEmpty())
        html += QStringLiteral("<br><span style=\"font-family: monospace;\">")
                + Html::escapeLines(details) + QStringLiteral("</span>");
    m_text->setText(html);
    m_text->setAccessibleName(text);
    updateStyle();
    show();
}

QString MessageBar::text() const
{
    return m_text->accessibleName();
}

QString MessageBar::details() const
{
    return m_details;
}

void MessageBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::StyleChange)
        updateStyle();
    else if (event->type() == QEvent::LanguageChange) {
        m_close->setToolTip(tr("Close this message"));
        m_close->setAccessibleName(tr("Close message"));
    }
    QFrame::changeEvent(event);
}

void MessageBar::updateStyle()
{
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    if (m_kind == Kind::Warning)
        pixmap = QStyle::SP_MessageBoxWarning;
    else if (m_kind == Kind::Error)
        pixmap = QStyle::SP_MessageBoxCritical;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(pixmap).pixmap(size, size));
    // A tint of the highlight colour keeps the bar readable on light and dark palettes.
    QPalette p = palette();
    const QColor base = QPalette().color(QPalette::Window);
    const QColor tint = m_kind == Kind::Error ? QColor(220, 50, 47) : QPalette().color(QPalette::Highlight);
    const QColor mixed = QColor::fromRgbF(base.redF() * 0.85f + tint.redF() * 0.15f,
                                          base.greenF() * 0.85f + tint.greenF() * 0.15f,
                                          base.blueF() * 0.85f + tint.blueF() * 0.15f);
    p.setColor(QPalette::Window, mixed);
    if (p != palette())
        setPalette(p);
}
