import type { TreeNode } from '../schemas/types.js';
/** Parameters of `trees.listTrees` (`GET /trees`). */
export type TreeListTreesParams = Record<string, unknown>;
export type TreeListTreesResponse = TreeNode[];
