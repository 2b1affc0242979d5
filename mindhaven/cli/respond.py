import click
@click.command()
def respond(): pass
