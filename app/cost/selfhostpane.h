#pragma once

#include "core/cost/selfhosting.h"
#include "core/dataset/dataset.h"

#include <QGroupBox>

#include <memory>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

// The Cost tab's self-hosting estimate (core/cost/selfhosting): a model, a device and
// precision (the Fit tab's, to start with), a context; the GPUs needed from core/fit; the
// user's hourly GPU price (no default) and a throughput typed or else the Fit view's decode
// upper bound; the cost per million tokens and for the tab's monthly tokens, labelled an
// estimate with its assumptions listed.
class SelfHostPane : public QGroupBox
{
    Q_OBJECT

public:
    SelfHostPane(std::shared_ptr<const Dataset> dataset, QWidget *parent = nullptr);

    // The tab's tokens a month (input + output, millions), for the monthly figure.
    void setMonthlyMTok(double mtok);
    const SelfHostingEstimate &estimate() const { return m_estimate; }
    const SelfHostingInput &input() const { return m_input; }
    QLabel *resultLabel() const { return m_result; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();

    std::shared_ptr<const Dataset> m_dataset;
    QFormLayout *m_form = nullptr;     // the model and the hardware
    QFormLayout *m_userForm = nullptr; // the user's price and throughput
    QComboBox *m_model = nullptr;
    QComboBox *m_device = nullptr;
    QComboBox *m_precision = nullptr;
    QSpinBox *m_context = nullptr;
    QDoubleSpinBox *m_price = nullptr;
    QLineEdit *m_currency = nullptr;
    QDoubleSpinBox *m_throughput = nullptr;
    QLabel *m_result = nullptr;
    double m_monthlyMTok = 0;
    SelfHostingInput m_input;
    SelfHostingEstimate m_estimate;
};
