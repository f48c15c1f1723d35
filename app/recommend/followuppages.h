#pragma once

#include "core/dataset/dataset.h"
#include "core/recommend/answers.h"

#include <QWizardPage>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QSpinBox;

// The wizard's follow-up pages (a question option's `asks`), shown before the result when an
// answer asks for them. Each holds one part of AnswerExtras and says when it changes.

// "hardware": a device of the dataset or typed memory and bandwidth, how many, the weights'
// precision (or the best that fits) and the context.
class HardwarePage : public QWizardPage
{
    Q_OBJECT

public:
    HardwarePage(const Dataset &dataset, int pageId, QWidget *parent = nullptr);

    HardwareAnswer answer() const;
    void setAnswer(const HardwareAnswer &answer);
    void retranslateUi();
    int nextId() const override;
    void initializePage() override;

    QComboBox *deviceBox() const { return m_device; }
    QDoubleSpinBox *memoryBox() const { return m_memory; }
    QSpinBox *countBox() const { return m_count; }
    QComboBox *precisionBox() const { return m_precision; }
    QSpinBox *contextBox() const { return m_context; }

Q_SIGNALS:
    void answerChanged();

private:
    void updateEnabled();

    const Dataset &m_dataset;
    int m_pageId;
    QFormLayout *m_form = nullptr;
    QComboBox *m_device = nullptr;
    QDoubleSpinBox *m_memory = nullptr;
    QDoubleSpinBox *m_bandwidth = nullptr;
    QSpinBox *m_count = nullptr;
    QComboBox *m_precision = nullptr;
    QSpinBox *m_context = nullptr;
    QLabel *m_note = nullptr;
    bool m_setting = false;
};

// "workload": input and output tokens a month and the share of the input served from cache.
class WorkloadPage : public QWizardPage
{
    Q_OBJECT

public:
    WorkloadPage(int pageId, QWidget *parent = nullptr);

    WorkloadAnswer answer() const;
    void setAnswer(const WorkloadAnswer &answer);
    void retranslateUi();
    int nextId() const override;
    void initializePage() override;

    QDoubleSpinBox *inputBox() const { return m_input; }
    QDoubleSpinBox *outputBox() const { return m_output; }
    QSpinBox *cachedBox() const { return m_cached; }

Q_SIGNALS:
    void answerChanged();

private:
    int m_pageId;
    QFormLayout *m_form = nullptr;
    QDoubleSpinBox *m_input = nullptr;
    QDoubleSpinBox *m_output = nullptr;
    QSpinBox *m_cached = nullptr;
    QLabel *m_note = nullptr;
    bool m_setting = false;
};
