#include "render/report/reportanswers.h"


ReportRecommendation reportRecommendation(const Dataset &dataset, const QMap<QString, QString> &answers)
{
    ReportRecommendation rec;
    for (const Question &q : dataset.questions) {
        const QString optionId = answers.value(q.id);
        if (const QuestionOption *o = q.option(optionId))
            rec.answers.append({q.text.text(), o->label.text()});
    }
    return rec;
}
