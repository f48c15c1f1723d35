#include "app/cli/commandline.h"

// --list-models: every model of the dataset, in its order, so scripts can see what it covers.
int cliListModels(const CliContext &context)
{
    for (const Model &m : context.dataset->models)
        context.out << m.id << QLatin1Char('\t') << m.name << QLatin1Char('\t') << m.family << QLatin1Char('\t')
                    << m.released << Qt::endl;
    return ExitOk;
}
