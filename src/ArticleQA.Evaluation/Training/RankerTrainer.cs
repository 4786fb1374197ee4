using ArticleQA.Core.Answering;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace ArticleQA.Evaluation.Training;

/// <summary>
/// Fits the sentence ranker with ML.NET's FastTree (boosted trees, Platt-calibrated) on training
/// examples and exports it as a <see cref="RankerModel"/>. One thread and a fixed seed, so the
/// same examples give the same model. Questions are weighted so that every article counts about
/// the same, however many questions it has.
/// </summary>
public static class RankerTrainer
{
    /// <summary>The seed of every fit.</summary>
    public const int Seed = 20251205;

    // An article counts as at most this many questions.
    private const double QuestionsPerArticle = 150;

    /// <summary>Tree settings; fixed, not tuned on validation articles.</summary>
    public static FastTreeBinaryTrainer.Options TreeOptions() => new()
    {
        NumberOfTrees = 250,
        NumberOfLeaves = 16,
        MinimumExampleCountPerLeaf = 20,
        LearningRate = 0.08,
        FeatureFraction = 0.9,
        NumberOfThreads = 1,
        Seed = Seed,
        FeatureColumnName = nameof(Row.Features),
        LabelColumnName = nameof(Row.Label),
        ExampleWeightColumnName = nameof(Row.Weight),
    };

    /// <summary>The weight of each question of an article with <paramref name="questions"/> questions.</summary>
    public static double ArticleWeight(int questions) => Math.Min(1, QuestionsPerArticle / Math.Max(1, questions));

    /// <summary>Fits a ranker on <paramref name="examples"/> with <paramref name="policy"/> as its answer policy.</summary>
    /// <param name="examples">The training examples.</param>
    /// <param name="policy">The answer policy the model file carries.</param>
    /// <param name="withoutSupportWeight">
    /// The weight of each answerable question's candidates without its supporting sentences
    /// (<see cref="TrainingExample.WithoutSupport"/>) against its real candidates' 1; 0 (the shipped model's) leaves them out.
    /// </param>
    /// <param name="listwise">True to add a listwise order of each question's candidates (<see cref="FitOrder"/>); false as shipped.</param>
    public static RankerModel Fit(IReadOnlyList<TrainingExample> examples, AnswerPolicy policy, double withoutSupportWeight = 0, bool listwise = false)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentOutOfRangeException.ThrowIfNegative(withoutSupportWeight);
        var ml = new MLContext(Seed);
        var rows = Rows(examples, withoutSupportWeight);
        var data = ml.Data.LoadFromEnumerable(rows, SchemaFor(ml));
        var fitted = ml.BinaryClassification.Trainers.FastTree(TreeOptions()).Fit(data);
        var model = Export(fitted.Model, policy);
        Verify(ml, fitted, model, rows);
        return listwise ? model with { OrderTrees = FitOrder(examples) } : model;
    }

    /// <summary>
    /// Fits a listwise order of each question's candidates (ML.NET's FastTree ranking, LambdaMART, same tree settings)
    /// on the questions with a supporting candidate. An article with more than the per-article number of such
    /// questions gives every n-th of them, so that every article counts about the same, as in <see cref="Fit"/>.
    /// </summary>
    public static IReadOnlyList<Core.Answering.RegressionTree> FitOrder(IReadOnlyList<TrainingExample> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var rows = new List<OrderRow>();
        uint group = 0;
        foreach (var article in examples.Where(e => e.Candidates.Any(c => c.Supports)).GroupBy(e => e.Article, StringComparer.Ordinal))
        {
            var questions = article.ToList();
            var step = (int)Math.Ceiling(questions.Count / QuestionsPerArticle);
            for (var q = 0; q < questions.Count; q += step)
            {
                group++;
                foreach (var c in questions[q].Candidates)
                    rows.Add(new OrderRow { Features = c.Features, Label = c.Supports ? 1 : 0, Group = group });
            }
        }

        var ml = new MLContext(Seed);
        var schema = SchemaDefinition.Create(typeof(OrderRow));
        schema[nameof(OrderRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, CandidateFeatures.Names.Count);
        schema[nameof(OrderRow.Group)].ColumnType = new KeyDataViewType(typeof(uint), group + 1);
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        var tree = TreeOptions();
        var options = new FastTreeRankingTrainer.Options
        {
            NumberOfTrees = tree.NumberOfTrees,
            NumberOfLeaves = tree.NumberOfLeaves,
            MinimumExampleCountPerLeaf = tree.MinimumExampleCountPerLeaf,
            LearningRate = tree.LearningRate,
            FeatureFraction = tree.FeatureFraction,
            NumberOfThreads = 1,
            Seed = Seed,
            FeatureColumnName = nameof(OrderRow.Features),
            LabelColumnName = nameof(OrderRow.Label),
            RowGroupColumnName = nameof(OrderRow.Group),
        };
        var fitted = ml.Ranking.Trainers.FastTree(options).Fit(data);
        var ensemble = fitted.Model.TrainedTreeEnsemble;
        var trees = Export(ensemble);
        VerifyOrder(ml, fitted, trees, ensemble.Bias, rows, schema);
        return trees;
    }

    private static List<Core.Answering.RegressionTree> Export(TreeEnsemble<Microsoft.ML.Trainers.FastTree.RegressionTree> ensemble) =>
        ensemble.Trees.Select((tree, t) => new Core.Answering.RegressionTree
        {
            Feature = tree.NumericalSplitFeatureIndexes.ToArray(),
            Threshold = tree.NumericalSplitThresholds.ToArray(),
            Left = tree.LeftChild.ToArray(),
            Right = tree.RightChild.ToArray(),
            Leaf = tree.LeafValues.ToArray(),
            Weight = ensemble.TreeWeights[t],
        }).ToList();

    // The exported order must give ML.NET's scores, less their common bias.
    private static void VerifyOrder(
        MLContext ml, RankingPredictionTransformer<FastTreeRankingModelParameters> fitted, List<Core.Answering.RegressionTree> trees, double bias,
        List<OrderRow> rows, SchemaDefinition schema)
    {
        var model = new RankerModel { Features = CandidateFeatures.Names.ToList(), OrderTrees = trees };
        var sample = rows.Where((_, i) => i % 97 == 0).Take(300).ToList();
        var scores = ml.Data.CreateEnumerable<OrderScore>(fitted.Transform(ml.Data.LoadFromEnumerable(sample, schema)), reuseRowObject: false).ToList();
        for (var i = 0; i < sample.Count; i++)
        {
            var ours = model.Order(sample[i].Features) + bias;
            if (Math.Abs(ours - scores[i].Score) > 1e-3)
                throw new InvalidOperationException($"The exported order gives {ours:F5} where ML.NET gives {scores[i].Score:F5}.");
        }
    }

    private static List<Row> Rows(IReadOnlyList<TrainingExample> examples, double withoutSupportWeight)
    {
        var perArticle = examples.GroupBy(e => e.Article).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var rows = new List<Row>();
        foreach (var example in examples)
        {
            var weight = ArticleWeight(perArticle[example.Article]);
            AddRows(rows, example, example.Candidates, weight);
            if (withoutSupportWeight > 0)
                AddRows(rows, example, example.WithoutSupport ?? throw new InvalidOperationException("The examples were read without their candidates without support."), weight * withoutSupportWeight);
        }

        return rows;
    }

    private static void AddRows(List<Row> rows, TrainingExample example, IReadOnlyList<TrainingCandidate> candidates, double weight)
    {
        foreach (var c in candidates)
        {
            var bad = Array.FindIndex(c.Features, f => !float.IsFinite(f));
            if (bad >= 0 || c.Features.Length != CandidateFeatures.Names.Count)
                throw new InvalidDataException($"Feature {(bad >= 0 ? CandidateFeatures.Names[bad] : $"count {c.Features.Length} of {CandidateFeatures.Names.Count}")} is not finite for '{example.Question.Question}'.");
            rows.Add(new Row { Features = c.Features, Label = c.Supports, Weight = (float)weight });
        }
    }

    private static SchemaDefinition SchemaFor(MLContext ml)
    {
        _ = ml;
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, CandidateFeatures.Names.Count);
        return schema;
    }

    private static RankerModel Export(CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator> parameters, AnswerPolicy policy)
    {
        var ensemble = parameters.SubModel.TrainedTreeEnsemble;
        var trees = Export(ensemble);
        return new RankerModel
        {
            Features = CandidateFeatures.Names.ToList(),
            Trees = trees,
            Bias = ensemble.Bias,
            PlattSlope = parameters.Calibrator.Slope,
            PlattOffset = parameters.Calibrator.Offset,
            Policy = policy,
        };
    }

    // The exported trees must give what ML.NET gives, or the shipped model would not be the trained one.
    private static void Verify(MLContext ml, BinaryPredictionTransformer<CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator>> fitted, RankerModel model, List<Row> rows)
    {
        var sample = rows.Where((_, i) => i % 97 == 0).Take(300).ToList();
        var predictions = ml.Data.CreateEnumerable<Prediction>(fitted.Transform(ml.Data.LoadFromEnumerable(sample, SchemaFor(ml))), reuseRowObject: false).ToList();
        for (var i = 0; i < sample.Count; i++)
        {
            var ours = model.Probability(sample[i].Features);
            if (Math.Abs(ours - predictions[i].Probability) > 1e-4)
                throw new InvalidOperationException($"The exported ranker gives {ours:F5} where ML.NET gives {predictions[i].Probability:F5}.");
        }
    }

    /// <summary>One candidate as ML.NET reads it.</summary>
    private sealed class Row
    {
        public float[] Features { get; set; } = [];

        public bool Label { get; set; }

        public float Weight { get; set; }
    }

    /// <summary>One candidate of one question as ML.NET's ranking reads it.</summary>
    private sealed class OrderRow
    {
        public float[] Features { get; set; } = [];

        public float Label { get; set; }

        public uint Group { get; set; }
    }

    private sealed class OrderScore
    {
        public float Score { get; set; }
    }

    private sealed class Prediction
    {
        public float Probability { get; set; }
    }
}
