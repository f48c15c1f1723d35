#include "app/shell/theme.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

namespace {
Theme::Choice &currentChoice()
{
    static Theme::Choice choice = Theme::Choice::System;
    return choice;
}

// The style the application started with, to come back to.
QString &systemStyle()
{
    static QString name;
    return name;
}
} // namespace

QList<Theme::Choice> Theme::all()
{
    return {Choice::System, Choice::Light, Choice::Dark};
}

QString Theme::id(Choice choice)
{
    switch (choice) {
    case Choice::Light:
        return QStringLiteral("light");
    case Choice::Dark:
        return QStringLiteral("dark");
    case Choice::System:
        break;
    }
    return QStringLiteral("system");
}

Theme::Choice Theme::fromId(const QString &id)
{
    for (const Choice choice : all()) {
        if (Theme::id(choice) == id)
            return choice;
    }
    return Choice::System;
}

QString Theme::displayName(Choice choice)
{
    switch (choice) {
    case Choice::Light:
        return QCoreApplication::translate("Theme", "&Light");
    case Choice::Dark:
        return QCoreApplication::translate("Theme", "&Dark");
    case Choice::System:
        break;
    }
    return QCoreApplication::translate("Theme", "&System");
}

QPalette Theme::darkPalette()
{
    const QColor window(0x31, 0x36, 0x3b), base(0x23, 0x26, 0x29), text(0xfc, 0xfc, 0xfc);
    // Disabled text doubles as the quieter text of descriptions and hints: 4.5:1 on the window.
    const QColor disabledText(0xa0, 0xa4, 0xa8), highlight(0x3d, 0xae, 0xe9);
    QPalette p(window);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2e, 0x32));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, QColor(0x1d, 0x99, 0xf3));
    p.setColor(QPalette::LinkVisited, QColor(0x9b, 0x59, 0xb6));
    p.setColor(QPalette::Light, QColor(0x40, 0x46, 0x4c));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x40, 0x45));
    p.setColor(QPalette::Mid, QColor(0x25, 0x29, 0x2c));
    p.setColor(QPalette::Dark, QColor(0x1b, 0x1e, 0x20));
    p.setColor(QPalette::Shadow, QColor(0x12, 0x14, 0x15));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x41, 0x4a, 0x52));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, disabledText);
    return p;
}

QPalette Theme::lightPalette()
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p = fusion->standardPalette();
    // Fusion's disabled text (#bebebe) is too faint for the descriptions and hints drawn with it.
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x6a, 0x6a, 0x6a));
    return p;
}

void Theme::apply(Choice choice)
{
    if (systemStyle().isEmpty())
        systemStyle() = QApplication::style()->name();
    if (choice == currentChoice())
        return;
    currentChoice() = choice;
    const QString style = choice == Choice::System ? systemStyle() : QStringLiteral("Fusion");
    if (QApplication::style()->name().compare(style, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(style));
    switch (choice) {
    case Choice::System:
        QApplication::setPalette(QPalette()); // nothing set: the style's and the desktop's
        break;
    case Choice::Light:
        QApplication::setPalette(lightPalette());
        break;
    case Choice::Dark:
        QApplication::setPalette(darkPalette());
        break;
    }
}

Theme::Choice Theme::current()
{
    return currentChoice();
}
