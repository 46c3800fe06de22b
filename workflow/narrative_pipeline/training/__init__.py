"""Training the claim classifier (`narrative-pipeline train`; needs the `train` extra: scikit-learn).

`dataset` joins silver and gold labels to the rules' claims, `train` cross-validates and fits the
model written as JSON, `compare` tries gradient-boosted trees on the same folds, `card` writes the
model card. The pipeline run never imports this package.
"""
