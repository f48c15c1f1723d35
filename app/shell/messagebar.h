#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

// An inline message above the tabs, for things the user should read but need not answer
// (a dataset that failed to open, an export that failed). Not modal; closes with a click.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text, const QString &details = {});
    QString text() const;
    QString details() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateStyle();

    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_close = nullptr;
    QString m_details;
    Kind m_kind = Kind::Information;
};
