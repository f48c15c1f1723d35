#pragma once

#include <QFormLayout>
#include <QLabel>
#include <QString>
#include <QWidget>

// A form's rows whose labels are translated later (retranslateUi): the label's mnemonic moves
// the focus to its field, and the field's accessible name is the label's words.
namespace FormRows {

inline void addRow(QFormLayout *form, QWidget *field)
{
    auto *label = new QLabel(field->parentWidget());
    label->setBuddy(field);
    form->addRow(label, field);
}

inline void setLabel(QFormLayout *form, QWidget *field, const QString &text)
{
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
        label->setText(text);
    field->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QLatin1Char(':')).remove(QStringLiteral("：")));
}

} // namespace FormRows
