"""Normalisers: countries to ISO3, numbers and money, dates, framework names to ids.

Each one is a parser of spans: it finds candidate spans with its own compiled
patterns and turns them into canonical values; reference data lives in data/.
"""
