#pragma once

#include <QList>
#include <QPalette>
#include <QString>

// View → Theme: the desktop's own look (System), or Qt's Fusion style with a light or a
// dark palette, for the whole application. Views follow through QEvent::PaletteChange
// (family colours: Family::displayColor(dark); charts: their dark theme).
namespace Theme {

enum class Choice { System, Light, Dark };

QList<Choice> all();
// The settings value of a choice ("system", "light", "dark") and back (System for anything else).
QString id(Choice choice);
Choice fromId(const QString &id);
// The menu's text, with a mnemonic, in the current language.
QString displayName(Choice choice);

// The dark palette: Breeze Dark's colours, which tst_contrast checks the family colours against.
QPalette darkPalette();
// Fusion's light palette, its disabled text darker (4.5:1 on the window).
QPalette lightPalette();

// Sets the style and palette; System brings back those the application started with.
void apply(Choice choice);
Choice current();

} // namespace Theme
