#include "commandline.h"

// Filled in by the wizard work (issue 5).
int cliListQuestions(const CliContext &context)
{
    for (const Question &q : context.dataset->questions) {
        QStringList options;
        for (const QuestionOption &o : q.options)
            options.append(o.id);
        context.out << q.id << QLatin1Char('\t') << options.join(QLatin1Char(',')) << QLatin1Char('\t') << q.text.text()
                    << Qt::endl;
    }
    return ExitOk;
}

int cliRecommend(const CliContext &context)
{
    context.err << CommandLine::tr("recommendations are not available in this build") << Qt::endl;
    return ExitUsage;
}
