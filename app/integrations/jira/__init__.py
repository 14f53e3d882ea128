"""Jira over its REST API: Jira Cloud, Jira Data Center / Server and Jira Service
Management, for escalations to level 2."""
